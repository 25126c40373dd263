/**
 * Sending a person a message on the platform they use: written to the outbox in the caller's transaction, delivered
 * by the worker after commit (a platform outage delays it, never loses it; the dedupe key stops a second send).
 */
import { type RootDb, TenantDb } from '@server/core/db';
import { enqueue } from '@server/core/outbox/enqueue';
import type { OutboxHold } from '@server/core/outbox/hold';
import { PermanentFailure } from '@server/core/outbox/worker';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { withAppToken } from '@server/platforms/tokens';
import { type OutgoingMessage, PlatformError } from '@server/platforms/types';
import { connectedClient } from './connections';
import { findReachableIdentity } from './repo';

export const platformMessageKind = 'platform_message';

interface PlatformMessagePayload {
  connectionId: string;
  recipientExternalId: string;
  message: OutgoingMessage;
}

/**
 * Answers false when the person has no identity on any connected platform (nothing is queued). With `hold`, the
 * message waits until the change that caused it can no longer be taken back.
 */
export async function notifyPerson(
  tx: TenantDb,
  userId: string,
  message: OutgoingMessage,
  options: { hold?: OutboxHold } = {},
): Promise<boolean> {
  const reachable = await findReachableIdentity(tx, userId);
  if (!reachable) return false;
  const payload: PlatformMessagePayload = {
    connectionId: reachable.connectionId,
    recipientExternalId: reachable.externalId,
    message,
  };
  await enqueue(tx, {
    kind: platformMessageKind,
    dedupeKey: `${platformMessageKind}:${message.dedupeKey}:${userId}`,
    orderingKey: `user:${userId}`,
    payload,
    hold: options.hold,
  });
  return true;
}

/** The outbox handler: sends one queued message with the connection's (cached, self-healing) app token. */
export function platformMessageHandler(db: RootDb, runtime: PlatformRuntime) {
  return async (tenantId: string, payload: unknown) => {
    const { connectionId, recipientExternalId, message } = payload as PlatformMessagePayload;
    const tdb = new TenantDb(db, tenantId);
    const { row, client } = await connectedClient(tdb, runtime, connectionId);
    if (row.enabled !== 1) throw new PermanentFailure('connection disabled');
    try {
      return await withAppToken(runtime.tokens, tdb, { id: row.id, client }, (token) =>
        client.sendMessage(token, recipientExternalId, message),
      );
    } catch (error) {
      if (error instanceof PlatformError && !error.isRetryable && error.kind !== 'token_invalid') {
        throw new PermanentFailure(`${error.kind} (${error.platformCode}): ${error.message}`);
      }
      throw error;
    }
  };
}
