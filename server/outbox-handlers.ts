/**
 * Every feature's outbox work by kind, for the worker main.ts runs (and the tests' worker). It sits beside app.ts,
 * not in core/, because it names features.
 */
import type { RootDb } from './core/db';
import type { OutboxHandler } from './core/outbox/worker';
import { platformOutboxHandlers } from './features/platform/outbox-handlers';
import { webhookOutboxHandlers } from './features/webhooks/delivery';
import type { PlatformRuntime } from './platforms/runtime';

export function outboxHandlers(
  db: RootDb,
  platforms: PlatformRuntime,
  /** The worker's clock, which paces each person's platform messages. */
  now?: () => number,
): Record<string, OutboxHandler> {
  return { ...platformOutboxHandlers(db, platforms, now), ...webhookOutboxHandlers(db, platforms) };
}
