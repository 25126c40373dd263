/** The reporter's 我的需求 (what became of what I reported, and whom I still have to tell), and following. */
import type { Actor } from '@server/core/auth/actor';
import { afterCursor, type KeysetOrder, sql, type TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import type { Importance } from '@shared/domain/requirements';
import { contestWindowDays } from '@shared/domain/requirements';
import { encodeCursor } from '@shared/schemas/common';
import type { MyRequirement, MyRequirementsPage } from '@shared/schemas/requirements';
import { decisionsOf, toldByCustomer } from './detail';
import { customersByIds, findRequirements } from './repo';
import { liveRequirement, presentOne } from './service';

const order: KeysetOrder = {
  // PostgreSQL cannot name a select alias in HAVING, so the aggregate is spelled out.
  key: sql`max(requirement_mentions.created_at)`,
  keyType: 'text',
  id: sql.ref('requirement_mentions.requirement_id'),
  direction: 'desc',
};

export async function myRequirements(
  tdb: TenantDb,
  actor: Actor,
  page: { limit: number; cursor?: (string | number)[] | undefined },
): Promise<MyRequirementsPage> {
  let grouped = tdb
    .selectFrom('requirement_mentions')
    .select(['requirement_id', (eb) => eb.fn.max('created_at').as('latest')])
    .where('reporter_id', '=', actor.userId)
    .groupBy('requirement_id');
  if (page.cursor) grouped = grouped.having(afterCursor(order, page.cursor));
  const groups = await grouped
    .orderBy('latest', 'desc')
    .orderBy('requirement_id', 'desc')
    .limit(page.limit + 1)
    .execute();
  const shown = groups.slice(0, page.limit);
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
  const last = shown.at(-1);
  return {
    items,
    nextCursor:
      groups.length > page.limit && last ? encodeCursor([String(last.latest), last.requirement_id]) : null,
  };
}

async function myRequirement(
  tdb: TenantDb,
  actor: Actor,
  row: Awaited<ReturnType<typeof findRequirements>>[number],
): Promise<MyRequirement> {
  const mentions = await tdb
    .selectFrom('requirement_mentions')
    .selectAll()
    .where('requirement_id', '=', row.id)
    .where('reporter_id', '=', actor.userId)
    .orderBy('created_at')
    .execute();
  const customers = new Map(
    (
      await customersByIds(
        tdb,
        mentions.map((m) => m.customer_id),
      )
    ).map((c) => [c.id, c]),
  );
  const told = await toldByCustomer(tdb, row.id);
  const origins = [...new Set(mentions.map((m) => m.origin_requirement_id).filter((id) => id !== row.id))];
  const merges = origins.length
    ? await tdb
        .selectFrom('requirement_merges')
        .innerJoin('requirements', (j) =>
          j
            .onRef('requirements.id', '=', 'requirement_merges.source_id')
            .onRef('requirements.tenant_id', '=', 'requirement_merges.tenant_id'),
        )
        .select([
          'requirement_merges.id',
          'requirement_merges.source_id',
          'requirement_merges.created_at',
          'requirement_merges.contested_at',
          'requirement_merges.resolved_at',
          'requirements.title',
        ])
        .where('requirement_merges.source_id', 'in', origins)
        .where('requirement_merges.undone_at', 'is', null)
        .execute()
    : [];
  const now = Date.now();
  return {
    requirement: await presentOne(tdb, actor, row),
    myMentions: mentions.map((m) => {
      const merge = merges.find((g) => g.source_id === m.origin_requirement_id);
      return {
        id: m.id,
        customerId: m.customer_id,
        customerName: customers.get(m.customer_id)?.name ?? '',
        quote: m.quote,
        importance: m.importance as Importance,
        createdAt: m.created_at,
        toldAt: told.get(m.customer_id) ?? null,
        mergedFrom: merge
          ? {
              mergeId: merge.id,
              requirementId: merge.source_id,
              title: merge.title,
              contestedAt: merge.contested_at,
              canContest:
                !merge.contested_at &&
                !merge.resolved_at &&
                now - new Date(merge.created_at).getTime() <= contestWindowDays * 86_400_000,
            }
          : null,
      };
    }),
    history: await decisionsOf(tdb, row.id),
  };
}

export async function setFollowing(
  tdb: TenantDb,
  actor: Actor,
  requirementId: string,
  following: boolean,
): Promise<{ following: boolean }> {
  const requirement = await liveRequirement(tdb, requirementId);
  if (following) {
    await tdb
      .insertInto('requirement_followers', {
        requirement_id: requirement.id,
        user_id: actor.userId,
        created_at: nowIso(),
      })
      .onConflict((c) => c.columns(['tenant_id', 'requirement_id', 'user_id']).doNothing())
      .execute();
  } else {
    await tdb
      .deleteFrom('requirement_followers')
      .where('requirement_id', '=', requirement.id)
      .where('user_id', '=', actor.userId)
      .execute();
  }
  return { following };
}
