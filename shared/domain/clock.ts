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

function localParts(
  instant: Date | string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
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
