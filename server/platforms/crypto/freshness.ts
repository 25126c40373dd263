/** The replay window for signed callbacks: five minutes either way. Platforms stamp seconds or milliseconds. */
const maxSkewMs = 5 * 60_000;

export function isFreshTimestamp(timestamp: string, now: number): boolean {
  if (!/^\d+$/.test(timestamp)) return false;
  const value = Number(timestamp);
  const ms = value > 1e12 ? value : value * 1000;
  return Math.abs(now - ms) <= maxSkewMs;
}
