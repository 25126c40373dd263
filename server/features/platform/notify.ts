/**
 * Sending a person a message on the platform they use: written to the outbox in the caller's transaction, delivered
 * by the worker after commit (a platform outage delays it, never loses it; the dedupe key stops a second send).
 * Each person's messages are paced within their platform's quotas (server/platforms/send-limits.ts): one that would
 * be dropped waits instead.
 */
import { type RootDb, TenantDb } from '@server/core/db';
import { enqueue } from '@server/core/outbox/enqueue';
import type { OutboxHold } from '@server/core/outbox/hold';
import { NotYet, PermanentFailure } from '@server/core/outbox/worker';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { nextSendAt } from '@server/platforms/send-limits';
import { withAppToken } from '@server/platforms/tokens';
import { type OutgoingMessage, PlatformError } from '@server/platforms/types';
import type { Platform } from '@shared/domain/platforms';
import { identitiesOf } from '../users/service';
import { connectedClient } from './connections';
import { scheduleDeliveryCheck } from './delivery-checks';
import { type DigestEntry, type DigestPart, digestPartOf, gatherDigest } from './digests';
import { findEnabledConnectionIds } from './repo';
import { contentHashOf, forgetSend, markAccepted, recentSends, reserveSend } from './sends';

export const platformMessageKind = 'platform_message';

/**
 * Where a person can be reached: through the connection their newest identity came from, while it is enabled. A
 * platform user id means nothing to another organisation's app, so no other connection is tried.
 */
async function reachableIdentity(tdb: TenantDb, userId: string) {
  const [identities, enabled] = await Promise.all([
    identitiesOf(tdb, [userId]),
    findEnabledConnectionIds(tdb),
  ]);
  const newest = identities.findLast((identity) => enabled.has(identity.connection_id));
  return newest ? { connectionId: newest.connection_id, externalId: newest.external_id } : null;
}

export interface PlatformMessagePayload {
  connectionId: string;
  recipientExternalId: string;
  message: OutgoingMessage;
  digest?: DigestPart;
}

/**
 * Answers false when the person has no identity on any connected platform (nothing is queued). With `hold`, the
 * message waits until the change that caused it can no longer be taken back. With `digest`, it goes out together
 * with the person's other messages of the same batch still queued (digests.ts).
 */
export async function notifyPerson(
  tx: TenantDb,
  userId: string,
  message: OutgoingMessage,
  options: { hold?: OutboxHold; digest?: DigestEntry | undefined } = {},
): Promise<boolean> {
  const reachable = await reachableIdentity(tx, userId);
  if (!reachable) return false;
  const payload: PlatformMessagePayload = {
    connectionId: reachable.connectionId,
    recipientExternalId: reachable.externalId,
    message,
    ...(options.digest ? { digest: digestPartOf(options.digest) } : {}),
  };
  await enqueue(tx, {
    kind: platformMessageKind,
    dedupeKey: `${platformMessageKind}:${message.dedupeKey}:${userId}`,
    orderingKey: `user:${userId}`,
    payload,
    hold: options.hold,
    batchKey: options.digest?.batchKey,
  });
  return true;
}

/** The outbox handler: sends one queued message with the connection's (cached, self-healing) app token. */
export function platformMessageHandler(db: RootDb, runtime: PlatformRuntime, now: () => number) {
  return async (tenantId: string, payload: unknown, outboxRow: { id: string }) => {
    const tdb = new TenantDb(db, tenantId);
    const queued = payload as PlatformMessagePayload;
    const { connectionId, recipientExternalId, message } = await gatherDigest(
      tdb,
      outboxRow.id,
      queued,
      now(),
    );
    const { row, client } = await connectedClient(tdb, runtime, connectionId);
    if (row.enabled !== 1) throw new PermanentFailure('connection disabled');
    const send = {
      outboxId: outboxRow.id,
      connectionId,
      recipient: recipientExternalId,
      contentHash: contentHashOf(message),
      at: now(),
    };
    const recent = await recentSends(tdb, send, send.at);
    const until = nextSendAt(row.platform as Platform, recent, send.contentHash, send.at);
    if (until !== null) throw new NotYet(until, `paced: ${row.platform} quota for this recipient`);
    await reserveSend(tdb, send);
    const sent = await withAppToken(runtime.tokens, tdb, { id: row.id, client }, (token) =>
      client.sendMessage(token, recipientExternalId, message),
    ).catch(async (error: unknown) => {
      // Refused: nothing reached the person, so it does not count towards their quota.
      await forgetSend(tdb, outboxRow.id);
      if (error instanceof PlatformError && !error.isRetryable && error.kind !== 'token_invalid') {
        throw new PermanentFailure(`${error.kind} (${error.platformCode}): ${error.message}`);
      }
      throw error;
    });
    await markAccepted(tdb, outboxRow.id, sent.platformMessageId);
    if (client.fetchDeliveryReport && sent.platformMessageId) {
      const check = {
        connectionId,
        outboxId: outboxRow.id,
        platformMessageId: sent.platformMessageId,
        recipientExternalId,
      };
      await scheduleDeliveryCheck(tdb, check, send.at);
    }
    return sent;
  };
}
