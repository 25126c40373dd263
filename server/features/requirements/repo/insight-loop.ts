/**
 * The loop in SQL: of the requirements first decided in a period, those whose latest decision every asking
 * customer was told of (closed), the median days from first mention to the first decision and to the closing
 * telling, the same per reporting rep, the oldest ones waiting on a PM, and one customer's requirements.
 */
import {
  daysBetweenDates,
  daysBetweenInstants,
  type Expression,
  localDayOf,
  quantileRanks,
  quartile,
  type SqlBool,
  sql,
  type TenantDb,
} from '@server/core/db';

export interface LoopScope {
  /** First decided from this instant (inclusive) to `before` (exclusive); open-ended when absent. */
  since?: string | undefined;
  before?: string | undefined;
  /** Only requirements some of these customers asked for (the customers feature's subquery of ids); null: all. */
  customers: Expression<unknown> | null;
}

/** The id of the latest decision on the outer query's requirement. */
const latestDecisionId = sql`(select d.id from requirement_decisions d
  where d.tenant_id = requirements.tenant_id and d.requirement_id = requirements.id
  order by d.created_at desc, d.id desc limit 1)`;

/**
 * Some customer asking for the requirement was not told of its latest decision. Over the `decided` derived table,
 * which carries each requirement's latest decision once.
 */
function someoneUntold() {
  // A count, not `exists`: PostgreSQL turns a nested `not exists` into an anti-join over every mention of the tenant.
  return sql<SqlBool>`(select count(*) from requirement_mentions m
    where m.tenant_id = decided.tenant_id and m.requirement_id = decided.id
      and not exists (select 1 from requirement_tellings t
        where t.tenant_id = m.tenant_id and t.decision_id = decided.latest_id and t.customer_id = m.customer_id)) > 0`;
}

/** Closed: there is an asking customer, and every one was told of the latest decision. */
const isClosed = sql<SqlBool>`(decided.customer_count > 0 and not ${someoneUntold()})`;

/** When the last asking customer was told of the latest decision (meaningful for closed ones). */
const closedAt = sql`(select max(t.told_at) from requirement_tellings t
  where t.tenant_id = decided.tenant_id and t.decision_id = decided.latest_id)`;

/** One of these customers asked for the outer requirement. */
const askedBySome = (customers: Expression<unknown>) =>
  sql<SqlBool>`exists (select 1 from requirement_mentions asked
    where asked.tenant_id = requirements.tenant_id and asked.requirement_id = requirements.id
      and asked.customer_id in ${customers})`;

function decidedIn(tdb: TenantDb, scope: LoopScope) {
  let select = tdb
    .selectFrom('requirements')
    .where('requirements.first_decided_at', 'is not', null)
    .where('requirements.status', '<>', 'merged');
  if (scope.since) select = select.where('requirements.first_decided_at', '>=', scope.since);
  if (scope.before) select = select.where('requirements.first_decided_at', '<', scope.before);
  if (scope.customers) select = select.where(askedBySome(scope.customers));
  return select;
}

/** The requirements first decided in the scope, each with its latest decision, as the derived table `decided`. */
function decided(tdb: TenantDb, scope: LoopScope) {
  return tdb.selectFromDerived(
    decidedIn(tdb, scope)
      .select([
        'requirements.id',
        'requirements.tenant_id',
        'requirements.first_mention_at',
        'requirements.first_decided_at',
        'requirements.customer_count',
        latestDecisionId.as('latest_id'),
      ])
      .as('decided'),
  );
}

/** How many were decided and closed, and the median days from first mention to first decision. */
export async function loopClosure(tdb: TenantDb, scope: LoopScope) {
  const days = daysBetweenInstants(
    tdb.dialect,
    sql.ref('decided.first_mention_at'),
    sql.ref('decided.first_decided_at'),
  );
  const [rank, count] = quantileRanks(null, days);
  const ranked = decided(tdb, scope)
    .select([
      sql<number>`case when ${isClosed} then 1 else 0 end`.as('closed'),
      days.as('days'),
      rank.as('q_rank'),
      count.as('q_count'),
    ])
    .as('ranked');
  const row = await tdb
    .selectFromDerived(ranked)
    .select([
      sql<number>`count(*)`.as('decided'),
      sql<number>`coalesce(sum(ranked.closed), 0)`.as('closed'),
      quartile(2, sql.ref('ranked.days')).as('median_days'),
    ])
    .executeTakeFirstOrThrow();
  return { decided: row.decided, closed: row.closed, medianDays: row.median_days };
}

/** The median days from first mention to the telling that closed the loop, over the closed ones. */
export async function medianDaysToTold(tdb: TenantDb, scope: LoopScope): Promise<number | null> {
  const days = daysBetweenInstants(tdb.dialect, sql.ref('decided.first_mention_at'), closedAt);
  const [rank, count] = quantileRanks(null, days);
  const ranked = decided(tdb, scope)
    .where(isClosed)
    .select([days.as('days'), rank.as('q_rank'), count.as('q_count')])
    .as('ranked');
  const row = await tdb
    .selectFromDerived(ranked)
    .select(quartile(2, sql.ref('ranked.days')).as('median_days'))
    .executeTakeFirst();
  return row?.median_days ?? null;
}

/**
 * Per reporting rep: decided requirements they reported, and of those, the ones where every customer they reported
 * for (of the filtered ones) was told of the latest decision. One telling probe per mention, grouped per pair.
 */
export function loopByReporter(tdb: TenantDb, scope: LoopScope) {
  // The mentions joined are the filtered customers' own, which already keeps only what they asked for.
  let pairs = decided(tdb, { ...scope, customers: null }).innerJoin('requirement_mentions', (join) =>
    join
      .onRef('requirement_mentions.requirement_id', '=', 'decided.id')
      .onRef('requirement_mentions.tenant_id', '=', 'decided.tenant_id'),
  );
  if (scope.customers)
    pairs = pairs.where('requirement_mentions.customer_id', 'in', scope.customers as never);
  const perRequirement = pairs
    .select([
      'requirement_mentions.reporter_id',
      'decided.id',
      sql<number>`sum(case when exists (select 1 from requirement_tellings t
        where t.tenant_id = requirement_mentions.tenant_id and t.decision_id = decided.latest_id
          and t.customer_id = requirement_mentions.customer_id) then 0 else 1 end)`.as('untold'),
    ])
    .groupBy(['requirement_mentions.reporter_id', 'decided.id'])
    .as('pairs');
  return tdb
    .selectFromDerived(perRequirement)
    .select([
      sql<string>`pairs.reporter_id`.as('reporter_id'),
      sql<number>`count(*)`.as('decided'),
      sql<number>`sum(case when pairs.untold = 0 then 1 else 0 end)`.as('told'),
    ])
    .groupBy(sql`pairs.reporter_id`)
    .execute();
}

/** The oldest requirements waiting on a PM (new or under review), with their age in days at `today`. */
export function oldestWaiting(tdb: TenantDb, scope: LoopScope, today: string, limit: number) {
  let select = tdb.selectFrom('requirements').where('requirements.status', 'in', ['new', 'under_review']);
  if (scope.customers) select = select.where(askedBySome(scope.customers));
  const firstDay = localDayOf(tdb.dialect, sql.ref('requirements.first_mention_at'));
  return select
    .select([
      'requirements.id',
      'requirements.title',
      'requirements.status',
      'requirements.first_mention_at',
      'requirements.customer_count',
      daysBetweenDates(tdb.dialect, firstDay, sql.lit(today)).as('age_days'),
    ])
    .orderBy('requirements.first_mention_at')
    .orderBy('requirements.id')
    .limit(limit)
    .execute();
}

/**
 * One customer's requirements (merged ones followed to where they went): when the customer first asked, when the
 * latest decision was made, and when this customer was told of it; oldest ask first.
 */
export function requirementsAskedBy(tdb: TenantDb, customerId: string) {
  const asked = tdb
    .selectFrom('requirement_mentions')
    .select('requirement_mentions.requirement_id')
    .where('requirement_mentions.customer_id', '=', customerId);
  return tdb
    .selectFrom('requirements')
    .select([
      'requirements.id',
      'requirements.title',
      'requirements.status',
      sql<string>`(select min(m.created_at) from requirement_mentions m
        where m.tenant_id = requirements.tenant_id and m.requirement_id = requirements.id
          and m.customer_id = ${customerId})`.as('first_mention_at'),
      sql<string | null>`(select d.created_at from requirement_decisions d where d.id = ${latestDecisionId}
        and d.tenant_id = requirements.tenant_id)`.as('decided_at'),
      sql<string | null>`(select min(t.told_at) from requirement_tellings t
        where t.tenant_id = requirements.tenant_id and t.decision_id = ${latestDecisionId}
          and t.customer_id = ${customerId})`.as('told_at'),
    ])
    .where('requirements.id', 'in', asked)
    .orderBy('first_mention_at')
    .orderBy('requirements.id')
    .execute();
}
