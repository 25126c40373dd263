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

  it('refuses what is not a date or an instant', () => {
    expect(() => startOfLocalDay('2026-6-1')).toThrow(RangeError);
    expect(() => localDateOf('yesterday')).toThrow(RangeError);
  });
});
