/** Per-app call counts, so tests can prove caching ("one token fetch under 50 concurrent requests"). */
export interface AppCounters {
  tokenFetches: number;
  ticketFetches: number;
  codeExchanges: number;
  messageSends: number;
}

export type CounterName = keyof AppCounters;

const zero = (): AppCounters => ({ tokenFetches: 0, ticketFetches: 0, codeExchanges: 0, messageSends: 0 });

export class CounterBook {
  private readonly byApp = new Map<string, AppCounters>();

  bump(appKey: string, name: CounterName): void {
    const counters = this.byApp.get(appKey) ?? zero();
    counters[name] += 1;
    this.byApp.set(appKey, counters);
  }

  of(appKey: string): AppCounters {
    return { ...(this.byApp.get(appKey) ?? zero()) };
  }

  all(): Record<string, AppCounters> {
    return Object.fromEntries([...this.byApp].map(([appKey, counters]) => [appKey, { ...counters }]));
  }

  clear(): void {
    this.byApp.clear();
  }
}
