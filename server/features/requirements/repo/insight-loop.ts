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
  onSameTenant,
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

/** Some customer asking for the outer requirement (a mention, `m`, by the given reporter when named) is not told. */
function someoneUntold(reporter?: Expression<unknown>) {
  const byReporter = reporter ? sql`and m.reporter_id = ${reporter}` : sql``;
  return sql<SqlBool>`exists (select 1 from requirement_mentions m
    where m.tenant_id = requirements.tenant_id and m.requirement_id = requirements.id ${byReporter}
      and not exists (select 1 from requirement_tellings t
        where t.tenant_id = m.tenant_id and t.decision_id = ${latestDecisionId} and t.customer_id = m.customer_id))`;
}

/** Closed: there is an asking customer, and every one was told of the latest decision. */
const isClosed = sql<SqlBool>`(requirements.customer_count > 0 and not ${someoneUntold()})`;

/** When the last asking customer was told of the latest decision (meaningful for closed ones). */
const closedAt = sql`(select max(t.told_at) from requirement_tellings t
  where t.tenant_id = requirements.tenant_id and t.decision_id = ${latestDecisionId})`;

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

/** How many were decided and closed, and the median days from first mention to first decision. */
export async function loopClosure(tdb: TenantDb, scope: LoopScope) {
  const days = daysBetweenInstants(
    tdb.dialect,
    sql.ref('requirements.first_mention_at'),
    sql.ref('requirements.first_decided_at'),
  );
  const [rank, count] = quantileRanks(null, days);
  const ranked = decidedIn(tdb, scope)
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
  const days = daysBetweenInstants(tdb.dialect, sql.ref('requirements.first_mention_at'), closedAt);
  const [rank, count] = quantileRanks(null, days);
  const ranked = decidedIn(tdb, scope)
    .where(isClosed)
    .select([days.as('days'), rank.as('q_rank'), count.as('q_count')])
    .as('ranked');
  const row = await tdb
    .selectFromDerived(ranked)
    .select(quartile(2, sql.ref('ranked.days')).as('median_days'))
    .executeTakeFirst();
  return row?.median_days ?? null;
}

/** Per reporting rep: decided requirements they reported, and of those, the ones all their customers were told. */
export function loopByReporter(tdb: TenantDb, scope: LoopScope) {
  // The mentions joined are the filtered customers' own, which already keeps only what they asked for.
  let select = decidedIn(tdb, { ...scope, customers: null }).innerJoin(
    'requirement_mentions',
    onSameTenant('requirement_mentions.requirement_id', 'requirements.id'),
  );
  if (scope.customers)
    select = select.where('requirement_mentions.customer_id', 'in', scope.customers as never);
  return select
    .select([
      'requirement_mentions.reporter_id',
      sql<number>`count(distinct requirements.id)`.as('decided'),
      sql<number>`count(distinct case when not ${someoneUntold(sql.ref('requirement_mentions.reporter_id'))}
        then requirements.id end)`.as('told'),
    ])
    .groupBy('requirement_mentions.reporter_id')
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
