/** The requirement detail page: mentions with their evidence, decisions, merges, similar ones and the score explained. */

import type { Attachments } from '@server/core/attachments';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import type { MentionView, ScoreExplanation } from '@shared/schemas/requirements';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import { customerSummaries } from '../customers/service';
import { namesOf } from '../users/service';
import { commitmentsOf } from './commitments';
import { decisionHistory } from './decisions';
import { mentionAttachmentViews } from './mention-attachments';
import { mergesInto } from './merge-contests';
import { canSeeMention } from './policy';
import { presentMentionView, presentScoreExplanation } from './present';
import { followersOf } from './repo/followers';
import { mentionsOf } from './repo/mentions';
import type { RequirementRow } from './repo/requirements';
import { explainDemand, loadWeights } from './scoring';
import { presentOne, survivorOf } from './service';
import type { SimilarRequirements } from './similar';
import { toldByCustomer } from './tellings';

export async function getRequirementDetail(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  deps: { attachments: Attachments; similar: SimilarRequirements },
): Promise<RequirementDetail> {
  const row = await survivorOf(tdb, requirementId);
  const [base, mentions, followers, decisions, merges, similar, scoreExplanation, commitments] =
    await Promise.all([
      presentOne(tdb, actor, row),
      mentionViews(tdb, actor, row.id, deps.attachments),
      followersOf(tdb, row.id),
      decisionHistory(tdb, row.id),
      mergesInto(tdb, actor, row),
      deps.similar.lookup(tdb, { q: `${row.title}\n${row.description ?? ''}`, limit: 5, excludeId: row.id }),
      explanationOf(tdb, actor, row),
      commitmentsOf(tdb, { requirementId: row.id, visibleTo: actor }),
    ]);
  const followerNames = await namesOf(tdb, followers);
  return {
    ...base,
    redirectedFromId: row.id === requirementId ? null : requirementId,
    mentions,
    followers: followers.map((id) => ({ id, name: followerNames.get(id) ?? '' })),
    following: followers.includes(actor.userId),
    decisions,
    merges,
    similar,
    scoreExplanation,
    commitments,
  };
}

async function mentionViews(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  attachments: Attachments,
): Promise<MentionView[]> {
  const mentions = await mentionsOf(tdb, requirementId);
  const customers = new Map(
    (
      await customerSummaries(
        tdb,
        mentions.map((m) => m.customer_id),
      )
    ).map((c) => [c.id, c]),
  );
  const visible = mentions.filter((m) => canSeeMention(actor, customers.get(m.customer_id)));
  const reporters = await namesOf(
    tdb,
    visible.map((m) => m.reporter_id),
  );
  const told = await toldByCustomer(tdb, requirementId);
  const views = await mentionAttachmentViews(
    tdb,
    attachments,
    visible.map((m) => m.id),
  );
  return visible.map((m) =>
    presentMentionView(m, {
      customerName: customers.get(m.customer_id)?.name ?? '',
      reporterName: reporters.get(m.reporter_id) ?? '',
      attachments: views.get(m.id) ?? [],
      toldAt: told.get(m.customer_id) ?? null,
    }),
  );
}

async function explanationOf(tdb: TenantDb, actor: Actor, row: RequirementRow): Promise<ScoreExplanation> {
  const weights = await loadWeights(tdb);
  const explained = await explainDemand(tdb, row.id, weights);
  return presentScoreExplanation(row, explained, weights, actor);
}
