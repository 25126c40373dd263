/**
 * DingTalk answers a work notification with a task id before delivering it, and drops some without an error. After
 * each accepted send the outbox asks getsendresult what became of it, a few times over the 24 hours DingTalk keeps
 * the answer, and records the recipient as delivered, read or refused.
 */
import { type RootDb, TenantDb } from '@server/core/db';
import { enqueue } from '@server/core/outbox/enqueue';
import { NotYet } from '@server/core/outbox/worker';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { withAppToken } from '@server/platforms/tokens';
import { connectedClient } from './connections';
import { findSend, markDelivery } from './sends';

export const deliveryCheckKind = 'platform_delivery_check';

const MINUTE = 60_000;
/** Asked this long after the send; DingTalk keeps results 24 hours, so the last ask is just inside. */
const checkAfterMs = [MINUTE, 10 * MINUTE, 60 * MINUTE, 6 * 60 * MINUTE, 23 * 60 * MINUTE];

interface DeliveryCheckPayload {
  connectionId: string;
  /** The outbox row of the message being checked. */
  outboxId: string;
  platformMessageId: string;
  recipientExternalId: string;
}

export async function scheduleDeliveryCheck(
  tdb: TenantDb,
  check: DeliveryCheckPayload,
  sentAt: number,
): Promise<void> {
  await enqueue(tdb, {
    kind: deliveryCheckKind,
    dedupeKey: `${deliveryCheckKind}:${check.outboxId}`,
    // Its own key: a check waiting for its time never holds back the person's next message.
    orderingKey: `${deliveryCheckKind}:${check.outboxId}`,
    payload: check,
    // DingTalk reports what became of a message only after a while: the first look waits for it.
    hold: {
      key: `${deliveryCheckKind}:${check.outboxId}`,
      until: new Date(sentAt + (checkAfterMs[0] ?? MINUTE)).toISOString(),
    },
  });
}

export function deliveryCheckHandler(db: RootDb, runtime: PlatformRuntime, now: () => number) {
  return async (tenantId: string, payload: unknown) => {
    const check = payload as DeliveryCheckPayload;
    const tdb = new TenantDb(db, tenantId);
    const send = await findSend(tdb, check.outboxId);
    if (!send) return { state: 'unknown' };
    const { row, client } = await connectedClient(tdb, runtime, check.connectionId);
    const fetchReport = client.fetchDeliveryReport?.bind(client);
    if (!fetchReport) return { state: 'unknown' };
    const report = await withAppToken(runtime.tokens, tdb, { id: row.id, client }, (token) =>
      fetchReport(token, check.platformMessageId, check.recipientExternalId),
    );
    const at = now();
    if (report.state !== 'pending') await markDelivery(tdb, check.outboxId, report, at);
    if (report.state === 'read' || report.state === 'refused') return report;
    // Not processed yet, or delivered but unread: ask again later while DingTalk still keeps the answer.
    const sentAt = Date.parse(send.sentAt);
    const next = checkAfterMs.map((after) => sentAt + after).find((when) => when > at);
    if (next === undefined) return report;
    throw new NotYet(next, `delivery ${report.state}; asking DingTalk again later`);
  };
}
