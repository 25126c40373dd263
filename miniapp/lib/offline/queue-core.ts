/**
 * The submission queue's engine, free of React and globals so tests can drive it with a memory store and a fake
 * clock: items are stored first, photos uploaded one by one (ids kept, so a retry never re-uploads), then the
 * kind's sender runs with the body and the attachment ids. One flush at a time.
 */
import { backoffMs, outcomeOf } from './outcome';
import {
  ClientIdInUseError,
  type PendingSubmission,
  type QueueDeps,
  type Sender,
  type Settlement,
  type SubmitInput,
} from './queue-types';
import type { StoredSubmission } from './store';

export {
  ClientIdInUseError,
  type Delivery,
  type PendingSubmission,
  type QueueDeps,
  type Sender,
  type Settlement,
  type SubmissionDifference,
  type SubmitInput,
} from './queue-types';

function hasClientId(body: unknown): body is { clientId: string } {
  return (
    typeof body === 'object' && body !== null && typeof (body as { clientId?: unknown }).clientId === 'string'
  );
}

export class SubmissionQueue {
  private items = new Map<string, StoredSubmission>();
  private readonly senders = new Map<string, Sender>();
  private readonly listeners = new Set<() => void>();
  private snapshot: PendingSubmission[] = [];
  private loaded: Promise<void> | null = null;
  private flushing: Promise<void> | null = null;
  private flushAgain = false;
  private cancelTimer: (() => void) | null = null;
  /** Ids that left the queue because the server stored them, for screens still waiting on them. */
  private readonly sentIds = new Set<string>();

  constructor(private readonly deps: QueueDeps) {}

  /** Reads what an earlier page left; an item caught mid-send when the WebView closed goes back to waiting. */
  load(): Promise<void> {
    this.loaded ??= this.deps.store.listSubmissions().then(async (stored) => {
      for (const item of stored) {
        const restored = item.status === 'sending' ? { ...item, status: 'waiting' as const } : item;
        this.items.set(item.id, restored);
      }
      this.changed();
    });
    return this.loaded;
  }

  registerSender(kind: string, send: Sender): void {
    this.senders.set(kind, send);
    void this.flush();
  }

  /**
   * Stores the submission, then starts sending it. A repeat of a clientId still queued with the same body (a double
   * tap) is ignored and one with another body is refused (ClientIdInUseError); a repeat of a failed one replaces it.
   */
  async submit(kind: string, input: SubmitInput): Promise<void> {
    await this.load();
    const queued = this.items.get(input.clientId);
    if (queued && queued.status !== 'failed') {
      if (JSON.stringify(queued.body) === JSON.stringify(input.body)) return;
      throw new ClientIdInUseError(`client id ${input.clientId} names another queued submission`);
    }
    this.sentIds.delete(input.clientId);
    const photos = input.photos ?? [];
    const item: StoredSubmission = {
      id: input.clientId,
      kind,
      label: input.label,
      body: input.body,
      photos,
      attachmentIds: photos.map(() => null),
      status: 'waiting',
      attempts: 0,
      nextAttemptAt: 0,
      createdAt: this.deps.now(),
    };
    await this.save(item);
    void this.flush();
  }

  async retry(id: string): Promise<void> {
    await this.load();
    const item = this.items.get(id);
    if (!item || item.status === 'sending' || item.status === 'differs') return;
    const { error: _dropped, ...rest } = item;
    await this.save({ ...rest, status: 'waiting', attempts: 0, nextAttemptAt: 0 });
    void this.flush();
  }

  /**
   * The person keeps what they sent after the server answered with a different object: it goes again as a new
   * record under `newClientId`, its uploaded photos reused. Answers the new id.
   */
  async keepAsNew(id: string, newClientId: string): Promise<string> {
    await this.load();
    const item = this.items.get(id);
    if (item?.status !== 'differs' || !hasClientId(item.body)) return id;
    const { error: _error, difference: _difference, ...rest } = item;
    this.items.delete(id);
    await this.deps.store.deleteSubmission(id);
    await this.save({
      ...rest,
      id: newClientId,
      body: { ...item.body, clientId: newClientId },
      status: 'waiting',
      attempts: 0,
      nextAttemptAt: 0,
    });
    void this.flush();
    return newClientId;
  }

  /**
   * Waits until submission `id` is sent, refused or found to differ, or `timeoutMs` passes (then it is `waiting`:
   * it stays queued and goes when it can). A screen says "recorded" only on `sent`.
   */
  settled(id: string, timeoutMs: number): Promise<Settlement> {
    const attemptsBefore = this.items.get(id)?.attempts ?? 0;
    return new Promise((resolve) => {
      const current = (): Settlement | null => {
        if (this.sentIds.has(id)) return 'sent';
        const item = this.items.get(id);
        if (!item) return 'failed';
        if (item.status === 'failed' || item.status === 'differs') return item.status;
        // Offline, or an attempt already failed for want of a network: it waits for the next chance.
        const isStuck =
          item.status === 'waiting' && (!this.deps.isOnline() || item.attempts > attemptsBefore);
        return isStuck ? 'waiting' : null;
      };
      const early = current();
      if (early) {
        resolve(early);
        return;
      }
      const finish = (settlement: Settlement) => {
        cancelTimer();
        unsubscribe();
        resolve(settlement);
      };
      const cancelTimer = this.deps.schedule(() => finish('waiting'), timeoutMs);
      const unsubscribe = this.subscribe(() => {
        const settlement = current();
        if (settlement) finish(settlement);
      });
    });
  }

  async discard(id: string): Promise<void> {
    await this.load();
    if (this.items.get(id)?.status === 'sending') return;
    this.items.delete(id);
    await this.deps.store.deleteSubmission(id);
    this.changed();
  }

  /** Sends every waiting item that is due (all waiting ones when `ignoreBackoff`, e.g. the network came back). */
  flush(options: { ignoreBackoff?: boolean } = {}): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = this.flushPass(options.ignoreBackoff ?? false).finally(() => {
      this.flushing = null;
      if (this.flushAgain) {
        this.flushAgain = false;
        void this.flush();
      }
    });
    return this.flushing;
  }

  list(): PendingSubmission[] {
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async flushPass(ignoreBackoff: boolean): Promise<void> {
    await this.load();
    if (!this.deps.isOnline()) return;
    const due = [...this.items.values()]
      .filter((item) => item.status === 'waiting' && this.senders.has(item.kind))
      .filter((item) => ignoreBackoff || item.nextAttemptAt <= this.deps.now())
      .sort((a, b) => a.createdAt - b.createdAt);
    for (const item of due) {
      const sent = await this.send(item);
      // Without a network the rest would fail the same way; they wait for the next trigger.
      if (!sent && !this.deps.isOnline()) break;
    }
    this.scheduleNextRetry();
  }

  /** One attempt; answers whether it left the queue. */
  private async send(queued: StoredSubmission): Promise<boolean> {
    let item: StoredSubmission = { ...queued, status: 'sending' };
    await this.save(item);
    try {
      for (const [index, photo] of item.photos.entries()) {
        if (item.attachmentIds[index]) continue;
        const { id } = await this.deps.upload(photo);
        const attachmentIds = item.attachmentIds.map((known, i) => (i === index ? id : known));
        item = { ...item, attachmentIds };
        await this.save(item);
      }
      const send = this.senders.get(item.kind);
      if (!send) throw new Error(`no sender for ${item.kind}`);
      const delivery = await send(
        item.body,
        item.attachmentIds.filter((id) => id !== null),
      );
      if (delivery.outcome === 'differs') {
        await this.save({ ...item, status: 'differs', difference: delivery.difference });
        return false;
      }
      this.sentIds.add(item.id);
      this.items.delete(item.id);
      await this.deps.store.deleteSubmission(item.id);
      this.changed();
      return true;
    } catch (error) {
      const outcome = outcomeOf(error);
      const attempts = item.attempts + 1;
      await this.save(
        outcome.retry
          ? { ...item, status: 'waiting', attempts, nextAttemptAt: this.deps.now() + backoffMs(attempts) }
          : { ...item, status: 'failed', attempts, error: outcome.message },
      );
      return false;
    }
  }

  private scheduleNextRetry(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    const waiting = [...this.items.values()].filter(
      (item) => item.status === 'waiting' && this.senders.has(item.kind),
    );
    if (waiting.length === 0) return;
    const next = Math.min(...waiting.map((item) => item.nextAttemptAt));
    this.cancelTimer = this.deps.schedule(() => void this.flush(), Math.max(0, next - this.deps.now()));
  }

  private async save(item: StoredSubmission): Promise<void> {
    this.items.set(item.id, item);
    this.changed();
    await this.deps.store.putSubmission(item);
  }

  private changed(): void {
    this.snapshot = [...this.items.values()]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map(({ id, kind, label, status, error, difference }) => ({
        id,
        kind,
        label,
        status,
        ...(error === undefined ? {} : { error }),
        ...(difference === undefined ? {} : { difference }),
      }));
    for (const listener of this.listeners) listener();
  }
}
