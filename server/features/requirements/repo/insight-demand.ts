/**
 * The PM dashboard's demand figures in SQL: the top open requirements, customers asking per industry × category,
 * and requirements by kind, all over the mentions made in a period by the customers a filter matches.
 */

import { type Expression, onSameTenant, type SqlBool, sql, type TenantDb } from '@server/core/db';
import type { CustomerIndustryQuery } from '../../customers/service';

export interface MentionScope {
  /** Mentions made from this instant (inclusive) to `before` (exclusive). */
  since: string;
  before: string;
  /** Only mentions by these customers (the customers feature's subquery of ids); null: all. */
  customers: Expression<unknown> | null;
}

/** Statuses still waiting for delivery: what the PM can still plan. */
export const openStatuses = ['new', 'under_review', 'planned', 'in_progress'] as const;

function mentionsIn(tdb: TenantDb, scope: MentionScope) {
  let select = tdb
    .selectFrom('requirement_mentions')
    .where('requirement_mentions.created_at', '>=', scope.since)
    .where('requirement_mentions.created_at', '<', scope.before);
  if (scope.customers)
    select = select.where('requirement_mentions.customer_id', 'in', scope.customers as never);
  return select;
}

/** The requirement (the outer query's `requirements` row) was mentioned in the scope. */
const mentionedIn = (tdb: TenantDb, scope: MentionScope) =>
  sql<SqlBool>`exists ${mentionsIn(tdb, scope)
    .select(sql.lit(1).as('one'))
    .whereRef('requirement_mentions.requirement_id', '=', 'requirements.id' as never)}`;

/** Open requirements mentioned in the scope, highest score first. */
export function topRequirements(tdb: TenantDb, scope: MentionScope, limit: number) {
  return tdb
    .selectFrom('requirements')
    .select(['id', 'title', 'status', 'score', 'demand', 'customer_count'])
    .where('requirements.status', 'in', [...openStatuses])
    .where(mentionedIn(tdb, scope))
    .orderBy('requirements.score', 'desc')
    .orderBy('requirements.id')
    .limit(limit)
    .execute();
}

/**
 * Per customer industry × requirement category ('' when not set): the distinct customers asking in the scope,
 * and the summed demand of the distinct requirements they asked for. `industries` is the customers feature's
 * subquery of matching customers' id and industry.
 */
export async function demandHeatmap(tdb: TenantDb, scope: MentionScope, industries: CustomerIndustryQuery) {
  const asked = mentionsIn(tdb, { ...scope, customers: null })
    .innerJoin(industries.as('asking'), 'asking.id', 'requirement_mentions.customer_id')
    .innerJoin('requirements', onSameTenant('requirements.id', 'requirement_mentions.requirement_id'));
  const category = sql<string>`coalesce(requirements.category, '')`;
  const [customers, demand] = await Promise.all([
    asked
      .select([
        'asking.industry',
        category.as('category'),
        sql<number>`count(distinct requirement_mentions.customer_id)`.as('customers'),
      ])
      .groupBy(['asking.industry', category])
      .execute(),
    tdb
      .selectFromDerived(
        asked
          .select(['asking.industry', category.as('category'), 'requirements.id', 'requirements.demand'])
          .distinct()
          .as('cell'),
      )
      .select([
        sql<string>`cell.industry`.as('industry'),
        sql<string>`cell.category`.as('category'),
        sql<number>`cast(sum(cell.demand) as double precision)`.as('demand'),
      ])
      .groupBy([sql`cell.industry`, sql`cell.category`])
      .execute(),
  ]);
  const demandOf = new Map(demand.map((row) => [`${row.industry}\u0000${row.category}`, row.demand]));
  return customers.map((row) => ({
    ...row,
    demand: demandOf.get(`${row.industry}\u0000${row.category}`) ?? 0,
  }));
}

/** Distinct requirements mentioned in the scope, per kind (requirements without a kind left out). */
export function requirementsByKind(tdb: TenantDb, scope: MentionScope) {
  return mentionsIn(tdb, scope)
    .innerJoin('requirements', onSameTenant('requirements.id', 'requirement_mentions.requirement_id'))
    .select(['requirements.kind', sql<number>`count(distinct requirements.id)`.as('count')])
    .where('requirements.kind', 'is not', null)
    .groupBy('requirements.kind')
    .execute();
}

/** Whether a requirement was captured on the visit whose id is the outer query's column `visitIdColumn`. */
export function requirementOnVisit(tdb: TenantDb, visitIdColumn: string) {
  return sql<SqlBool>`exists ${tdb
    .selectFrom('requirement_mentions')
    .select(sql.lit(1).as('one'))
    .whereRef('requirement_mentions.visit_id', '=', sql.ref(visitIdColumn) as never)}`;
}
