/** Each emulator's own time: real time plus however far a test has pushed it forward. */
export class VirtualClock {
  private offsetMs = 0;

  now(): number {
    return Date.now() + this.offsetMs;
  }

  advance(ms: number): number {
    this.offsetMs += ms;
    return this.now();
  }

  reset(): void {
    this.offsetMs = 0;
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Platform quotas that reset "per day" reset at midnight China time. */
export function chinaDayOf(epochMs: number): number {
  return Math.floor((epochMs + 8 * HOUR) / (24 * HOUR));
}
