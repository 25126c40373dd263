/** A person's recent platform messages and what became of each, for admins tracing "I never got the message". */
import type { Actor } from '@server/core/auth/actor';
import { onSameTenant, type TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { authorize } from '@server/core/policy';
import type { Platform } from '@shared/domain/platforms';
import type { PersonMessage } from '@shared/schemas/platform';
import { getPerson } from '../users/service';
import { platformMessageKind } from './notify';
import { canManageConnections } from './policy';
import { listConnectionRows } from './repo';

const LIMIT = 50;

export async function personMessageHistory(
  tdb: TenantDb,
  actor: Actor,
  userId: string,
): Promise<{ items: PersonMessage[] }> {
  authorize(canManageConnections(actor));
  if (!(await getPerson(tdb, userId))) throw notFound();
  const platformOf = new Map(
    (await listConnectionRows(tdb)).map((row) => [row.id, row.platform as Platform]),
  );
  const rows = await tdb
    .selectFrom('outbox')
    .leftJoin('platform_sends as s', onSameTenant('s.outbox_id', 'outbox.id'))
    .select([
      'outbox.id',
      'outbox.payload',
      'outbox.status',
      'outbox.last_error',
      'outbox.next_attempt_at',
      'outbox.created_at',
      'outbox.finished_at',
      's.delivery',
      's.delivery_reason',
      's.sent_at',
      's.checked_at',
    ])
    .where('outbox.ordering_key', '=', `user:${userId}`)
    .where('outbox.kind', '=', platformMessageKind)
    // A message folded into a digest went out as that digest, which the history shows.
    .where('outbox.digested_into', 'is', null)
    .orderBy('outbox.id', 'desc')
    .limit(LIMIT)
    .execute();
  return {
    items: rows.map((row) => {
      const payload = JSON.parse(row.payload) as { connectionId: string; message: { title: string } };
      const state = stateOf(row.status, row.delivery);
      return {
        id: row.id,
        title: payload.message.title,
        platform: platformOf.get(payload.connectionId) ?? null,
        state,
        reason:
          state === 'refused'
            ? row.delivery_reason
            : state === 'queued' || state === 'failed'
              ? row.last_error
              : null,
        queuedAt: row.created_at,
        notBefore: state === 'queued' ? row.next_attempt_at : null,
        sentAt: row.sent_at ?? row.finished_at,
        checkedAt: row.checked_at,
      };
    }),
  };
}

function stateOf(outboxStatus: string, delivery: string | null): PersonMessage['state'] {
  if (outboxStatus === 'failed') return 'failed';
  if (delivery === 'sending' || delivery === 'accepted' || delivery === 'delivered') return delivery;
  if (delivery === 'read' || delivery === 'refused') return delivery;
  // Sent before sends were recorded, or still waiting in the outbox.
  return outboxStatus === 'sent' ? 'accepted' : 'queued';
}
