/** The reporter's 我的需求 (what became of what I reported, and whom I still have to tell), and following. */
import type { Actor } from '@server/core/auth/actor';
import { pageOf, type TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import { encodeCursor } from '@shared/schemas/common';
import type { MyRequirement, MyRequirementsPage } from '@shared/schemas/requirements-loop';
import { customerSummaries } from '../customers/service';
import { decisionHistory } from './decisions';
import { presentMyMention } from './present';
import { addFollowers, removeFollowers } from './repo/followers';
import { mentionsOf, reportedRequirements } from './repo/mentions';
import { mergesFrom } from './repo/merges';
import { findRequirements, type RequirementRow } from './repo/requirements';
import { liveRequirement, presentOne } from './service';
import { toldByCustomer } from './tellings';

export async function myRequirements(
  tdb: TenantDb,
  actor: Actor,
  page: { limit: number; cursor?: (string | number)[] | undefined },
): Promise<MyRequirementsPage> {
  const groups = await reportedRequirements(tdb, actor.userId, page);
  const { rows: shown, nextCursor } = pageOf(groups, page.limit, (g) => [g.latest, g.requirement_id]);
  const requirements = new Map(
    (
      await findRequirements(
        tdb,
        shown.map((g) => g.requirement_id),
      )
    ).map((r) => [r.id, r]),
  );
  const items: MyRequirement[] = [];
  for (const group of shown) {
    const row = requirements.get(group.requirement_id);
    if (row) items.push(await myRequirement(tdb, actor, row));
  }
  return { items, nextCursor: nextCursor ? encodeCursor(nextCursor) : null };
}

async function myRequirement(tdb: TenantDb, actor: Actor, row: RequirementRow): Promise<MyRequirement> {
  const mentions = await mentionsOf(tdb, row.id, actor.userId);
  const customers = new Map(
    (
      await customerSummaries(
        tdb,
        mentions.map((m) => m.customer_id),
      )
    ).map((c) => [c.id, c]),
  );
  const told = await toldByCustomer(tdb, row.id);
  const origins = [...new Set(mentions.map((m) => m.origin_requirement_id).filter((id) => id !== row.id))];
  const merges = await mergesFrom(tdb, origins);
  const now = Date.now();
  return {
    requirement: await presentOne(tdb, actor, row),
    myMentions: mentions.map((m) =>
      presentMyMention(m, {
        customerName: customers.get(m.customer_id)?.name ?? '',
        toldAt: told.get(m.customer_id) ?? null,
        merge: merges.find((g) => g.source_id === m.origin_requirement_id),
        now,
      }),
    ),
    history: await decisionHistory(tdb, row.id),
  };
}

export async function setFollowing(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  following: boolean,
): Promise<{ following: boolean }> {
  const requirement = await liveRequirement(tdb, requirementId);
  if (following) await addFollowers(tdb, requirement.id, [actor.userId], nowIso());
  else await removeFollowers(tdb, requirement.id, [actor.userId]);
  return { following };
}
