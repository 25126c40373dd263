/** The outbox work the platform feature does: sending messages and applying directory changes. */
import type { RootDb } from '@server/core/db';
import type { OutboxHandler } from '@server/core/outbox/worker';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { deliveryCheckHandler, deliveryCheckKind } from './delivery-checks';
import { directoryEventHandler, directoryEventKind } from './directory-sync';
import { platformMessageHandler, platformMessageKind } from './notify';

export function platformOutboxHandlers(
  db: RootDb,
  runtime: PlatformRuntime,
  /** The worker's clock, which paces each person's messages. */
  now: () => number = Date.now,
): Record<string, OutboxHandler> {
  return {
    [platformMessageKind]: platformMessageHandler(db, runtime, now),
    [directoryEventKind]: directoryEventHandler(db, runtime),
    [deliveryCheckKind]: deliveryCheckHandler(db, runtime, now),
  };
}
