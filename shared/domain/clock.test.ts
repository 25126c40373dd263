import { describe, expect, it } from 'vitest';
import { localDateOf, localHourOf, startOfLocalDay, tenantTimeZone } from './clock';

describe('the tenant calendar (Asia/Shanghai, UTC+8)', () => {
  it('is China time', () => {
    expect(tenantTimeZone).toBe('Asia/Shanghai');
  });

  it('puts a late UTC evening on the next local day', () => {
    expect(localDateOf('2026-11-23T15:59:59.999Z')).toBe('2026-11-23');
    expect(localDateOf('2026-11-23T16:00:00.000Z')).toBe('2026-11-24');
    expect(localDateOf(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('reads the local hour, midnight as 0', () => {
    expect(localHourOf('2026-11-24T00:00:00Z')).toBe(8);
    expect(localHourOf('2026-11-23T16:00:00Z')).toBe(0);
    expect(localHourOf(new Date('2026-11-23T15:30:00Z'))).toBe(23);
  });

  it('starts a local day at 16:00 UTC the evening before', () => {
    expect(startOfLocalDay('2026-11-24')).toBe('2026-11-23T16:00:00.000Z');
    expect(startOfLocalDay('2027-01-01')).toBe('2026-12-31T16:00:00.000Z');
    expect(startOfLocalDay('2028-02-29')).toBe('2028-02-28T16:00:00.000Z');
  });

  it('round-trips: the start of the day an instant falls in is that day at 00:00 local', () => {
    const start = startOfLocalDay(localDateOf('2026-06-15T03:21:00Z'));
    expect(localDateOf(start)).toBe('2026-06-15');
    expect(localHourOf(start)).toBe(0);
  });

  it('follows the zone across a change of offset (China kept summer time in 1986–1991)', () => {
    expect(localHourOf('1986-05-03T17:59:59Z')).toBe(1);
    expect(localHourOf('1986-05-03T18:00:00Z')).toBe(3);
    expect(localHourOf('1986-09-13T16:59:59Z')).toBe(1);
    expect(localHourOf('1986-09-13T17:00:00Z')).toBe(1);
    expect(localDateOf('1986-09-13T14:30:00Z')).toBe('1986-09-13');
  });

  it('agrees with Intl on instants spread over two centuries', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: tenantTimeZone,
      hourCycle: 'h23',
      hour: 'numeric',
    });
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: tenantTimeZone });
    for (let n = 0; n < 2000; n++) {
      const instant = new Date(Date.UTC(1900, 0, 1) + ((n * 7_919_993_117) % 6_311_390_400_000));
      expect(localDateOf(instant)).toBe(day.format(instant));
      expect(localHourOf(instant)).toBe(Number(intl.format(instant)));
    }
  });

  it('refuses what is not a date or an instant', () => {
    expect(() => startOfLocalDay('2026-6-1')).toThrow(RangeError);
    expect(() => localDateOf('yesterday')).toThrow(RangeError);
  });
});
