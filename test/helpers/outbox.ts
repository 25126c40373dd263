/** Delivers everything queued, as the worker in main.ts does in the background. */
import { createLogger } from '@server/core/log';
import { OutboxWorker } from '@server/core/outbox/worker';
import { outboxHandlers } from '@server/outbox-handlers';
import { createPlatformRuntime } from '@server/platforms/runtime';
import type { TestApp } from './app';

export function outboxWorker(app: TestApp, options: { now?: () => number } = {}): OutboxWorker {
  return new OutboxWorker(
    app.database.db,
    outboxHandlers(app.database.db, createPlatformRuntime(app.config), options.now),
    createLogger('silent'),
    { pollMs: 10, baseDelayMs: 1000, ...options },
  );
}

/**
 * Passes until nothing is left: a later message to the same person waits for the pass after the earlier one.
 * Messages held for an undo window (decisions, merges) go too, as once the window has passed; with
 * `beforeUndoWindow` they stay held, as the worker keeps them while the change can still be taken back.
 */
export async function runOutbox(app: TestApp, options: { beforeUndoWindow?: boolean } = {}): Promise<void> {
  if (!options.beforeUndoWindow) {
    await app.database.db
      .updateTable('outbox')
      .set({ not_before: null })
      .where('not_before', 'is not', null)
      .execute();
  }
  const worker = outboxWorker(app);
  while ((await worker.runOnce()) > 0);
}
