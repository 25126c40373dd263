/** Counts events per key over a sliding window, for the platforms' quotas. */
import type { VirtualClock } from './clock';

export class SlidingWindow {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly windowMs: number,
    private readonly limit: number,
  ) {}

  /** Records one event for `key` and says whether it stayed within the limit. */
  admit(key: string): boolean {
    const now = this.clock.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
    const admitted = recent.length < this.limit;
    if (admitted) recent.push(now);
    this.hits.set(key, recent);
    return admitted;
  }

  clear(): void {
    this.hits.clear();
  }
}
