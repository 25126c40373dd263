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

/** Open requirements mentioned in the scope, highest score first (from the period's mentions, not the scores). */
export function topRequirements(tdb: TenantDb, scope: MentionScope, limit: number) {
  const mentioned = mentionsIn(tdb, scope)
    .select('requirement_mentions.requirement_id')
    .distinct()
    .as('mentioned');
  return tdb
    .selectFromDerived(mentioned)
    .innerJoin('requirements', 'requirements.id', 'mentioned.requirement_id')
    .select([
      'requirements.id',
      'requirements.title',
      'requirements.status',
      'requirements.score',
      'requirements.demand',
      'requirements.customer_count',
    ])
    .where('requirements.tenant_id', '=', tdb.tenantId)
    .where('requirements.status', 'in', [...openStatuses])
    .orderBy('requirements.score', 'desc')
    .orderBy('requirements.id')
    .limit(limit)
    .execute();
}

/**
 * Per customer industry × requirement category ('' when not set): the distinct customers asking in the scope,
 * and the summed demand of the distinct requirements they asked for, in one pass: each requirement's demand is
 * counted on its first row in the cell. `industries` is the customers feature's subquery of matching customers'
 * id and industry.
 */
export function demandHeatmap(tdb: TenantDb, scope: MentionScope, industries: CustomerIndustryQuery) {
  const category = sql<string>`coalesce(requirements.category, '')`;
  const asked = mentionsIn(tdb, { ...scope, customers: null })
    .innerJoin(industries.as('asking'), 'asking.id', 'requirement_mentions.customer_id')
    .innerJoin('requirements', onSameTenant('requirements.id', 'requirement_mentions.requirement_id'))
    .select([
      'asking.industry',
      category.as('category'),
      'requirement_mentions.customer_id',
      'requirements.demand',
      sql<number>`row_number() over (partition by asking.industry, ${category}, requirements.id)`.as('nth'),
    ])
    .as('asked');
  return tdb
    .selectFromDerived(asked)
    .select([
      sql<string>`asked.industry`.as('industry'),
      sql<string>`asked.category`.as('category'),
      sql<number>`count(distinct asked.customer_id)`.as('customers'),
      sql<number>`cast(sum(case when asked.nth = 1 then asked.demand else 0 end) as double precision)`.as(
        'demand',
      ),
    ])
    .groupBy([sql`asked.industry`, sql`asked.category`])
    .execute();
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
