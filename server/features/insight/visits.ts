/** The sales manager's dashboard: coverage by tier and segment, and per rep visits, evidence and late follow-ups. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import { segments, tiers } from '@shared/domain/customers';
import type { InsightFilters, VisitInsight } from '@shared/schemas/insight';
import { countCustomersReached } from '../customers/service';
import { requirementOnVisit } from '../requirements/service';
import { namesOf, peopleInDepartment } from '../users/service';
import {
  overdueFollowUpsByRep,
  repVisitFigures,
  type VisitFigureScope,
  visitedCustomerIds,
} from '../visits/service';
import { customerAttributes, matchingCustomers, oneDecimal, settlePeriod, shareOf } from './period';
import { canSeeVisitInsight } from './policy';

/**
 * Visit figures count the visits owned by the filtered rep or team; coverage counts the customers the filtered
 * rep or team owns, visited by anyone.
 */
export async function visitInsight(
  tdb: TenantDb,
  actor: Actor,
  filters: InsightFilters,
  now = new Date(),
): Promise<VisitInsight> {
  authorize(canSeeVisitInsight(actor));
  const settled = settlePeriod(filters, now);
  const scope: VisitFigureScope = {
    fromDay: settled.period.from,
    toDay: settled.period.to,
    since: settled.since,
    before: settled.before,
    today: settled.today,
    now: settled.now,
    customers: matchingCustomers(tdb, customerAttributes(tdb, filters, { byOwner: false })),
    owners: filters.department ? peopleInDepartment(tdb, filters.department) : null,
    ownerId: filters.ownerId,
    requirementOnVisit: (visitId) => requirementOnVisit(tdb, visitId),
  };
  const [reached, reps, overdue] = await Promise.all([
    countCustomersReached(
      tdb,
      customerAttributes(tdb, filters, { byOwner: true }),
      visitedCustomerIds(tdb, scope),
    ),
    repVisitFigures(tdb, scope),
    overdueFollowUpsByRep(tdb, scope),
  ]);
  const overdueOf = new Map(overdue.map((row) => [row.owner_id, row.overdue]));
  const repIds = [...new Set([...reps.map((row) => row.owner_id), ...overdueOf.keys()])];
  const names = await namesOf(tdb, repIds);
  const sum = (pick: (row: (typeof reps)[number]) => number) =>
    reps.reduce((total, row) => total + pick(row), 0);
  const visits = sum((row) => row.visits);
  const figuresOf = new Map(reps.map((row) => [row.owner_id, row]));
  return {
    period: settled.period,
    ...coverage(reached),
    totals: {
      visits,
      flaggedShare: shareOf(
        sum((row) => row.flagged),
        sum((row) => row.checked_in),
      ),
      averageEvidenceScore: visits ? oneDecimal(sum((row) => row.score_sum) / visits) : null,
      overdueFollowUps: overdue.reduce((total, row) => total + row.overdue, 0),
    },
    reps: repIds
      .map((id) => {
        const row = figuresOf.get(id);
        return {
          person: { id, name: names.get(id) ?? '' },
          visits: row?.visits ?? 0,
          customersVisited: row?.customers_visited ?? 0,
          flaggedShare: row ? shareOf(row.flagged, row.checked_in) : null,
          averageEvidenceScore: row ? oneDecimal(row.score_sum / row.visits) : null,
          overdueFollowUps: overdueOf.get(id) ?? 0,
        };
      })
      .sort(
        (a, b) =>
          b.visits - a.visits ||
          a.person.name.localeCompare(b.person.name) ||
          a.person.id.localeCompare(b.person.id),
      ),
  };
}

type ReachedRow = Awaited<ReturnType<typeof countCustomersReached>>[number];

function coverage(rows: readonly ReachedRow[]) {
  const count = (keep: (row: ReachedRow) => boolean) => {
    const kept = rows.filter(keep);
    return {
      visited: kept.reduce((total, row) => total + row.reached, 0),
      total: kept.reduce((total, row) => total + row.total, 0),
    };
  };
  return {
    coverage: count(() => true),
    coverageByTier: tiers.map((tier) => ({ tier, ...count((row) => row.tier === tier) })),
    coverageBySegment: segments.map((segment) => ({ segment, ...count((row) => row.segment === segment) })),
  };
}
