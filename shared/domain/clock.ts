/**
 * The tenant's calendar: which local day and hour an instant falls in, and when a local day starts. China has kept
 * UTC+8 all year since 1992, so instants since then are read at that fixed offset: the first date a phone screen shows
 * then costs no time-zone data (loading it blocked the main thread ~70 ms on a slow phone). Older instants, from the
 * years of summer time and before, go through Intl with the zone itself.
 */

/** Every tenant lives in China for now; reminders go out at 08:00 in this zone. */
export const tenantTimeZone = 'Asia/Shanghai';

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

const chinaOffsetMs = 8 * 3_600_000;
/** From here on Asia/Shanghai is UTC+8 without summer time (its last summer time ended on 1991-09-15). */
const fixedOffsetSince = Date.UTC(1992, 0, 1) - chinaOffsetMs;

let zoneFormat: Intl.DateTimeFormat | undefined;

function zoneParts(date: Date): Parts {
  zoneFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: tenantTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts = Object.fromEntries(
    zoneFormat.formatToParts(date).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

function localParts(instant: Date | string): Parts {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`not an instant: ${String(instant)}`);
  if (time < fixedOffsetSince) return zoneParts(date);
  const local = new Date(time + chinaOffsetMs);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The local calendar day (YYYY-MM-DD) of an instant in the tenant's zone. */
export function localDateOf(instant: Date | string): string {
  const { year, month, day } = localParts(instant);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The local day and minute (YYYY-MM-DD HH:mm) of an instant in the tenant's zone, as a person reads a time. */
export function localDateTimeOf(instant: Date | string): string {
  const { year, month, day, hour, minute } = localParts(instant);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}`;
}

/** The local time (HH:mm) of an instant in the tenant's zone. */
export function localTimeOf(instant: Date | string): string {
  const { hour, minute } = localParts(instant);
  return `${pad(hour)}:${pad(minute)}`;
}

/** The local hour (0–23) of an instant in the tenant's zone. */
export function localHourOf(instant: Date | string): number {
  return localParts(instant).hour;
}

/** The instant (ISO UTC) the local day `date` (YYYY-MM-DD) begins in the tenant's zone. */
export function startOfLocalDay(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not a date: ${date}`);
  const asUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // The zone's offset at that moment, read back through Intl (correct for zones with daylight saving too).
  const local = localParts(new Date(asUtc));
  const localAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return new Date(asUtc - (localAsUtc - asUtc)).toISOString();
}
