/** Marking a mention "must ship for go-live" after the capture: its reporter or a product manager may toggle it. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { authorize } from '@server/core/policy';
import type { Mention, mentionUpdate } from '@shared/schemas/requirements';
import type { z } from 'zod';
import { canManage, canSeeMention } from './policy';
import { presentMention } from './present';
import { customersByIds } from './repo';

export async function setMentionGoLive(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  mentionId: string,
  input: z.output<typeof mentionUpdate>,
): Promise<Mention> {
  const mention = await findMention(tdb, requirementId, mentionId);
  const [customer] = await customersByIds(tdb, [mention.customer_id]);
  if (!canSeeMention(actor, customer)) throw notFound();
  authorize(canManage(actor) || mention.reporter_id === actor.userId);
  await tdb.transaction(async (tx) => {
    await tx
      .updateTable('requirement_mentions')
      .set({ go_live: input.goLive ? 1 : 0 })
      .where('id', '=', mention.id)
      .execute();
    await recordAudit(tx, actor, {
      action: 'requirement.mention.goLive',
      objectType: 'requirement',
      objectId: mention.requirement_id,
      data: { mentionId: mention.id, goLive: input.goLive },
    });
  });
  return presentMention(await findMention(tdb, requirementId, mentionId));
}

async function findMention(tdb: TenantDb, requirementId: string, mentionId: string) {
  const row = await tdb
    .selectFrom('requirement_mentions')
    .selectAll()
    .where('id', '=', mentionId)
    .where('requirement_id', '=', requirementId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
