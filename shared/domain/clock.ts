/** The tenant's calendar: which local day and hour an instant falls in, and when a local day starts (Intl-based). */

/** Every tenant lives in China for now; reminders go out at 08:00 in this zone. */
export const tenantTimeZone = 'Asia/Shanghai';

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: tenantTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type LocalParts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

function formattedParts(date: Date): LocalParts {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(date).map((part) => [part.type, Number(part.value)]),
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

/** The zone's offset from UTC at `ms`, in milliseconds, as Intl reads it. */
function offsetAt(ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = formattedParts(new Date(whole));
  const local = new Date(0);
  local.setUTCFullYear(p.year, p.month - 1, p.day);
  local.setUTCHours(p.hour, p.minute, p.second);
  return local.getTime() - whole;
}

/**
 * Intl's formatToParts costs microseconds, and a page of visits asks for dozens of local days. Zones change their
 * offset on whole quarter hours at the finest, so each quarter hour's offset is read once; a quarter hour whose two
 * ends disagree (a change falls inside it) is read through Intl instant by instant.
 */
const quarterHourMs = 15 * 60_000;
const quarterOffsets = new Map<number, number | null>();
const quarterOffsetsLimit = 20_000;

function quarterOffset(ms: number): number | null {
  const quarter = Math.floor(ms / quarterHourMs);
  let offset = quarterOffsets.get(quarter);
  if (offset === undefined) {
    const start = offsetAt(quarter * quarterHourMs);
    offset = start === offsetAt((quarter + 1) * quarterHourMs - 1000) ? start : null;
    if (quarterOffsets.size >= quarterOffsetsLimit) quarterOffsets.clear();
    quarterOffsets.set(quarter, offset);
  }
  return offset;
}

function localParts(instant: Date | string): LocalParts {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  const offset = quarterOffset(ms);
  if (offset === null) return formattedParts(date);
  const local = new Date(ms + offset);
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
