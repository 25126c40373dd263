import { describe, expect, it } from 'vitest';
import {
  localDateOf,
  localDateTimeOf,
  localHourOf,
  localTimeOf,
  startOfLocalDay,
  tenantTimeZone,
} from './clock';

/** The zone's own reading through Intl, which the fixed UTC+8 reading must match. */
const zone = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function zoneDateTime(time: number): string {
  const parts = Object.fromEntries(zone.formatToParts(time).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The instant a local day starts, found through Intl alone: the first minute of that day's local reading. */
function zoneStartOfDay(date: string): string {
  let time = Date.parse(`${date}T00:00:00Z`) - 10 * 3_600_000;
  while (zoneDateTime(time) < `${date} 00:00`) time += 60_000;
  return new Date(time).toISOString();
}

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

  it('reads every instant the way Intl reads the zone, summer times of 1986–1991 and earlier years included', () => {
    const step = ((29 * 60 + 13) * 60 + 17) * 1000 + 123;
    const differences: string[] = [];
    for (let time = Date.UTC(1900, 0, 1); time < Date.UTC(2100, 0, 1); time += step) {
      const expected = zoneDateTime(time);
      const read = localDateTimeOf(new Date(time));
      if (read !== expected || localTimeOf(new Date(time)) !== expected.slice(11)) {
        differences.push(`${new Date(time).toISOString()}: ${read}, Intl ${expected}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('reads the minutes around the last summer time ending and the fixed offset taking over as Intl does', () => {
    const around = [Date.UTC(1991, 8, 14, 16), Date.UTC(1991, 11, 31, 16)];
    for (const moment of around) {
      for (let time = moment - 3 * 3_600_000; time < moment + 3 * 3_600_000; time += 60_000) {
        expect(localDateTimeOf(new Date(time))).toBe(zoneDateTime(time));
      }
    }
  });

  it('starts each local day since 1992 when Intl says it starts', () => {
    for (let time = Date.UTC(1992, 0, 1); time < Date.UTC(2100, 0, 1); time += 97 * 86_400_000) {
      const date = new Date(time).toISOString().slice(0, 10);
      expect(startOfLocalDay(date)).toBe(zoneStartOfDay(date));
    }
  });

  it('refuses what is not a date or an instant', () => {
    expect(() => startOfLocalDay('2026-6-1')).toThrow(RangeError);
    expect(() => localDateOf('yesterday')).toThrow(RangeError);
  });
});
