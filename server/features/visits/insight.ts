/**
 * The visits side of the sales dashboard, in SQL: per rep, the period's visits, customers visited, check-ins
 * flagged and the evidence score (the same parts and points as evidenceScoreOf), and the follow-ups overdue.
 */
import { hasLinkedAttachment } from '@server/core/attachments';
import { type Expression, type SqlBool, sql, type TenantDb, trimmedLength } from '@server/core/db';
import { evidencePoints, notesLengthForFull, notesLengthForHalf } from '@shared/domain/visits';
import { photoSubjectType } from './photos';
import { isUnanswered } from './reminder-queries';

export interface VisitFigureScope {
  /** Inclusive local days, and the same period as instants: from `since` (inclusive) to `before` (exclusive). */
  fromDay: string;
  toDay: string;
  since: string;
  before: string;
  today: string;
  now: string;
  /** Only visits to these customers (the customers feature's subquery); null: all. */
  customers: Expression<unknown> | null;
  /** Only visits owned by these people (a subquery of user ids); null: everyone. */
  owners: Expression<unknown> | null;
  ownerId?: string | undefined;
  /** Whether a requirement was captured on the visit whose id is this column (the requirements feature's SQL). */
  requirementOnVisit: (visitIdColumn: string) => Expression<SqlBool>;
}

export interface RepVisitFigures {
  owner_id: string;
  visits: number;
  customers_visited: number;
  checked_in: number;
  flagged: number;
  score_sum: number;
}

const points = (value: number) => sql.lit(value);

/** One visit's evidence score, 0–100: points earned over the points of the parts that apply to its kind. */
function evidenceScore(tdb: TenantDb, scope: VisitFigureScope) {
  const onsite = sql`visits.kind = 'onsite'`;
  const fix = sql`${onsite} and visits.check_in_at is not null`;
  const notes = trimmedLength(tdb.dialect, sql.ref('visits.notes'));
  const earned = sql`(
    case when ${fix} and visits.check_in_flagged = 0 then ${points(evidencePoints.inRadius)} else 0 end
    + case when ${fix} and visits.check_in_fresh = 1 and coalesce(visits.check_in_mock, 0) = 0
        then ${points(evidencePoints.freshFix)} else 0 end
    + case when ${hasLinkedAttachment(tdb, photoSubjectType, 'visits.id')} then ${points(evidencePoints.photo)} else 0 end
    + case when ${notes} >= ${points(notesLengthForFull)} then ${points(evidencePoints.notes)}
        when ${notes} >= ${points(notesLengthForHalf)} then ${points(evidencePoints.notes / 2)} else 0 end
    + case when ${scope.requirementOnVisit('visits.id')} then ${points(evidencePoints.requirement)} else 0 end)`;
  const all = Object.values(evidencePoints).reduce((sum, value) => sum + value, 0);
  const withoutLocation = all - evidencePoints.inRadius - evidencePoints.freshFix;
  return sql`round(100.0 * ${earned} / case when ${onsite} then ${points(all)} else ${points(withoutLocation)} end)`;
}

/** Done visits of the period (its instants: a range the customer index can seek, unlike the local day). */
function visitsIn(tdb: TenantDb, scope: VisitFigureScope) {
  let select = tdb
    .selectFrom('visits')
    .where('visits.visited_at', '>=', scope.since)
    .where('visits.visited_at', '<', scope.before)
    .where('visits.visited_at', '<=', scope.now);
  if (scope.customers) select = select.where('visits.customer_id', 'in', scope.customers as never);
  if (scope.owners) select = select.where('visits.owner_id', 'in', scope.owners as never);
  if (scope.ownerId) select = select.where('visits.owner_id', '=', scope.ownerId);
  return select;
}

/** Per rep: the period's done visits, distinct customers, check-ins, flagged check-ins and the sum of scores. */
export function repVisitFigures(tdb: TenantDb, scope: VisitFigureScope): Promise<RepVisitFigures[]> {
  return visitsIn(tdb, scope)
    .select([
      'visits.owner_id',
      sql<number>`count(*)`.as('visits'),
      sql<number>`count(distinct visits.customer_id)`.as('customers_visited'),
      sql<number>`sum(case when visits.check_in_at is not null then 1 else 0 end)`.as('checked_in'),
      sql<number>`sum(case when visits.check_in_at is not null and visits.check_in_flagged = 1 then 1 else 0 end)`.as(
        'flagged',
      ),
      sql<number>`cast(sum(${evidenceScore(tdb, scope)}) as double precision)`.as('score_sum'),
    ])
    .groupBy('visits.owner_id')
    .execute();
}

/**
 * Per rep: follow-ups dated in the period before today that nobody has answered with a later visit (the same
 * rule as the morning reminders).
 */
export function overdueFollowUpsByRep(tdb: TenantDb, scope: VisitFigureScope) {
  let select = tdb
    .selectFrom('visits')
    .select(['visits.owner_id', sql<number>`count(*)`.as('overdue')])
    .where('visits.follow_up_at', '>=', scope.fromDay)
    .where('visits.follow_up_at', '<=', scope.toDay)
    .where('visits.follow_up_at', '<', scope.today)
    .where(isUnanswered(scope.now));
  if (scope.customers) select = select.where('visits.customer_id', 'in', scope.customers as never);
  if (scope.owners) select = select.where('visits.owner_id', 'in', scope.owners as never);
  if (scope.ownerId) select = select.where('visits.owner_id', '=', scope.ownerId);
  return select.groupBy('visits.owner_id').execute();
}

/** A subquery of the customers with a done visit in the period (by anyone): the coverage numerator. */
export function visitedCustomerIds(tdb: TenantDb, scope: Pick<VisitFigureScope, 'since' | 'before' | 'now'>) {
  return tdb
    .selectFrom('visits')
    .select('visits.customer_id')
    .where('visits.visited_at', '>=', scope.since)
    .where('visits.visited_at', '<', scope.before)
    .where('visits.visited_at', '<=', scope.now);
}

/** A customer's latest done visits, newest first (the customer's value loop). */
export function latestVisitsOf(tdb: TenantDb, customerId: string, now: string, limit: number) {
  return tdb
    .selectFrom('visits')
    .select(['id', 'visited_at', 'kind', 'owner_id', 'purpose', 'next_step'])
    .where('customer_id', '=', customerId)
    .where('visited_at', '<=', now)
    .orderBy('visited_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
