/** The PM's dashboards: what is asked for most and where (demand), and how the loop back to customers closes. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import { requirementKinds } from '@shared/domain/requirements';
import type { InsightFilters, LoopInsight, RequirementInsight } from '@shared/schemas/insight';
import { customerIndustriesMatching, customerSummaries } from '../customers/service';
import {
  commitmentsMatching,
  demandHeatmap,
  loopByReporter,
  loopClosure,
  medianDaysToTold,
  oldestWaiting,
  requirementsByKind,
  topRequirements,
} from '../requirements/service';
import { namesOf } from '../users/service';
import { customerAttributes, matchingCustomers, oneDecimal, settlePeriod, shareOf } from './period';
import { canSeeLoopInsight, canSeeRequirementInsight } from './policy';

const topCount = 10;
const waitingCount = 10;
const overdueCommitmentCount = 50;

export async function requirementInsight(
  tdb: TenantDb,
  actor: Actor,
  filters: InsightFilters,
  now = new Date(),
): Promise<RequirementInsight> {
  authorize(canSeeRequirementInsight(actor));
  const settled = settlePeriod(filters, now);
  const attributes = customerAttributes(tdb, filters, { byOwner: true });
  const scope = {
    since: settled.since,
    before: settled.before,
    customers: matchingCustomers(tdb, attributes),
  };
  const [top, cells, kinds] = await Promise.all([
    topRequirements(tdb, scope, topCount),
    demandHeatmap(tdb, scope, customerIndustriesMatching(tdb, attributes)),
    requirementsByKind(tdb, scope),
  ]);
  const countOf = new Map(kinds.map((row) => [row.kind, row.count]));
  return {
    period: settled.period,
    top: top.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status as RequirementInsight['top'][number]['status'],
      score: row.score,
      demand: row.demand,
      customerCount: row.customer_count,
    })),
    heatmap: {
      industries: [...new Set(cells.map((cell) => cell.industry))].sort(),
      categories: [...new Set(cells.map((cell) => cell.category))].sort(),
      cells: cells
        .map((cell) => ({ ...cell, demand: Math.round(cell.demand * 100) / 100 }))
        .sort((a, b) => a.industry.localeCompare(b.industry) || a.category.localeCompare(b.category)),
    },
    kinds: requirementKinds.map((kind) => ({ kind, count: countOf.get(kind) ?? 0 })),
  };
}

export async function loopInsight(
  tdb: TenantDb,
  actor: Actor,
  filters: InsightFilters,
  now = new Date(),
): Promise<LoopInsight> {
  authorize(canSeeLoopInsight(actor));
  const settled = settlePeriod(filters, now);
  const customers = matchingCustomers(tdb, customerAttributes(tdb, filters, { byOwner: true }));
  const scope = { since: settled.since, before: settled.before, customers };
  const [closure, toldDays, reps, waiting, overdue] = await Promise.all([
    loopClosure(tdb, scope),
    medianDaysToTold(tdb, scope),
    loopByReporter(tdb, scope),
    oldestWaiting(tdb, { customers }, settled.today, waitingCount),
    commitmentsMatching(tdb, { dueBefore: settled.today, customers }),
  ]);
  const promises = overdue.slice(0, overdueCommitmentCount);
  const [names, customerRows] = await Promise.all([
    namesOf(tdb, [...reps.map((row) => row.reporter_id), ...promises.map((row) => row.promised_by)]),
    customerSummaries(
      tdb,
      promises.map((row) => row.customer_id),
    ),
  ]);
  const customerNames = new Map(customerRows.map((row) => [row.id, row.name]));
  const person = (id: string) => ({ id, name: names.get(id) ?? '' });
  return {
    period: settled.period,
    decided: closure.decided,
    told: closure.closed,
    closureRate: shareOf(closure.closed, closure.decided),
    medianDaysToDecision: oneDecimal(closure.medianDays),
    medianDaysToTold: oneDecimal(toldDays),
    reps: reps
      .map((row) => ({
        person: person(row.reporter_id),
        decided: row.decided,
        told: row.told,
        closureRate: shareOf(row.told, row.decided),
      }))
      .sort((a, b) => b.decided - a.decided || a.person.name.localeCompare(b.person.name)),
    waiting: waiting.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status as LoopInsight['waiting'][number]['status'],
      firstMentionAt: row.first_mention_at,
      ageDays: row.age_days,
      customerCount: row.customer_count,
    })),
    overdueCommitments: promises.map((row) => ({
      id: row.id,
      requirementId: row.requirement_id,
      requirementTitle: row.requirement_title,
      customerId: row.customer_id,
      customerName: customerNames.get(row.customer_id) ?? '',
      dueDate: row.due_date,
      promisedBy: person(row.promised_by),
    })),
  };
}
