/**
 * Delivers outbox rows with exponential backoff. A platform outage delays messages, never loses them; a row is
 * marked sent right after the platform accepts it and leased while in flight, so no two workers send it.
 */
import type { RootDb } from '../db';
import { claimDue, markFailed, markRetry, markSent } from '../db/outbox-queue';
import type { Logger } from '../log';

/** Thrown by a handler when retrying cannot help (the platform refused the message itself). */
export class PermanentFailure extends Error {
  override name = 'PermanentFailure';
}

/**
 * Thrown by a handler when sending now would break a platform's quota (which the platform would answer with a
 * silent drop): the row waits until `until` (epoch ms) without using up an attempt, and later rows for the same
 * recipient wait behind it.
 */
export class NotYet extends Error {
  override name = 'NotYet';

  constructor(
    readonly until: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A refusal that says "not now" (a platform's rate limit or temporary ban) marks itself `isThrottle: true`. It
 * is waited out with the same growing delays but never counts towards giving up: the limit lifts, the message
 * goes.
 */
function isThrottle(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { isThrottle?: unknown }).isThrottle === true
  );
}

export type OutboxHandler = (tenantId: string, payload: unknown, row: { id: string }) => Promise<unknown>;

export interface OutboxWorkerOptions {
  pollMs: number;
  batchSize?: number;
  leaseMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly db: RootDb,
    private readonly handlers: Record<string, OutboxHandler>,
    private readonly log: Logger,
    private readonly options: OutboxWorkerOptions,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.log.error({ err: error }, 'outbox pass failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.options.pollMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass: claims what is due and delivers it; answers how many rows it handled. */
  async runOnce(): Promise<number> {
    const now = this.now();
    const rows = await claimDue(this.db, {
      now: new Date(now).toISOString(),
      leaseUntil: new Date(now + (this.options.leaseMs ?? 60_000)).toISOString(),
      limit: this.options.batchSize ?? 20,
    });
    for (const row of rows) await this.deliver(row);
    return rows.length;
  }

  private async deliver(row: Awaited<ReturnType<typeof claimDue>>[number]): Promise<void> {
    const attempts = row.attempts + 1;
    const handler = this.handlers[row.kind];
    try {
      if (!handler) throw new PermanentFailure(`no handler for outbox kind ${row.kind}`);
      const result = await handler(row.tenantId, JSON.parse(row.payload), { id: row.id });
      const at = new Date(this.now()).toISOString();
      await markSent(this.db, row.id, { attempts, result: JSON.stringify(result ?? null), at });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof NotYet) {
        const nextAttemptAt = new Date(error.until).toISOString();
        await markRetry(this.db, row.id, { attempts: row.attempts, nextAttemptAt, error: message });
        return;
      }
      const at = new Date(this.now()).toISOString();
      const hasGivenUp = !isThrottle(error) && attempts >= (this.options.maxAttempts ?? 15);
      if (error instanceof PermanentFailure || hasGivenUp) {
        this.log.error(
          { outboxId: row.id, kind: row.kind, attempts, error: message },
          'outbox message failed for good',
        );
        await markFailed(this.db, row.id, { attempts, error: message, at });
        return;
      }
      const nextAttemptAt = new Date(this.now() + this.delayFor(attempts)).toISOString();
      this.log.warn(
        { outboxId: row.id, kind: row.kind, attempts, nextAttemptAt, error: message },
        'outbox retry',
      );
      await markRetry(this.db, row.id, { attempts, nextAttemptAt, error: message });
    }
  }

  /** 1 s, 2 s, 4 s … capped at an hour, with ±20% jitter so a recovering platform is not hit all at once. */
  private delayFor(attempts: number): number {
    const base = this.options.baseDelayMs ?? 1000;
    const capped = Math.min(base * 2 ** (attempts - 1), this.options.maxDelayMs ?? 3_600_000);
    return Math.round(capped * (0.8 + Math.random() * 0.4));
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
