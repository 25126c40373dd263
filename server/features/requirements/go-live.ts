/** Marking a mention "must ship for go-live" after the capture: its reporter or a product manager may toggle it. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { authorize } from '@server/core/policy';
import type { Mention, mentionUpdate } from '@shared/schemas/requirements';
import type { z } from 'zod';
import { customerSummaries } from '../customers/service';
import { canMarkGoLive, canSeeMention } from './policy';
import { presentMention } from './present';
import { findMentionOn, type MentionRow, storeMentionGoLive } from './repo/mentions';

export async function setMentionGoLive(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  mentionId: string,
  input: z.output<typeof mentionUpdate>,
): Promise<Mention> {
  const mention = await mustFindMention(tdb, requirementId, mentionId);
  const [customer] = await customerSummaries(tdb, [mention.customer_id]);
  if (!canSeeMention(actor, customer)) throw notFound();
  authorize(canMarkGoLive(actor, mention));
  await tdb.transaction(async (tx) => {
    await storeMentionGoLive(tx, mention.id, input.goLive);
    await recordAudit(tx, actor, {
      action: 'requirement.mention.goLive',
      objectType: 'requirement',
      objectId: mention.requirement_id,
      data: { mentionId: mention.id, goLive: input.goLive },
    });
  });
  return presentMention(await mustFindMention(tdb, requirementId, mentionId));
}

async function mustFindMention(tdb: TenantDb, requirementId: string, mentionId: string): Promise<MentionRow> {
  const row = await findMentionOn(tdb, requirementId, mentionId);
  if (!row) throw notFound();
  return row;
}
