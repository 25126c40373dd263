/** The implementation lead's dashboard: health and phases of active projects, late work, the plan against reality. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import { healthLevels } from '@shared/domain/implementation/vocab';
import type { Goal } from '@shared/schemas/implementation';
import type { ImplementationInsight, InsightFilters } from '@shared/schemas/insight';
import { customerSummaries } from '../customers/service';
import {
  goalMet,
  goalsAccepted,
  lateTasks,
  phaseDurations,
  projectHealthFigures,
  templateNames,
} from '../implementation/service';
import { namesOf } from '../users/service';
import { customerAttributes, matchingCustomers, oneDecimal, settlePeriod, shareOf } from './period';
import { canSeeImplementationInsight } from './policy';

const lateTaskCount = 20;

export async function implementationInsight(
  tdb: TenantDb,
  actor: Actor,
  filters: InsightFilters,
  now = new Date(),
): Promise<ImplementationInsight> {
  authorize(canSeeImplementationInsight(actor));
  const settled = settlePeriod(filters, now);
  const scope = {
    fromDay: settled.period.from,
    toDay: settled.period.to,
    today: settled.today,
    since: settled.since,
    before: settled.before,
    customers: matchingCustomers(tdb, customerAttributes(tdb, filters, { byOwner: true })),
  };
  const [health, late, durations, accepted] = await Promise.all([
    projectHealthFigures(tdb, scope),
    lateTasks(tdb, scope, lateTaskCount),
    phaseDurations(tdb, scope),
    goalsAccepted(tdb, scope),
  ]);
  const [names, customers, templates] = await Promise.all([
    namesOf(
      tdb,
      late.flatMap((task) => (task.assignee_id ? [task.assignee_id] : [])),
    ),
    customerSummaries(
      tdb,
      late.map((task) => task.customer_id),
    ),
    templateNames(
      tdb,
      durations.map((row) => row.template_id),
    ),
  ]);
  const customerNames = new Map(customers.map((row) => [row.id, row.name]));
  const countOf = new Map(health.byHealth.map((row) => [row.health, row.count]));
  return {
    period: settled.period,
    health: healthLevels.map((level) => ({ health: level, count: countOf.get(level) ?? 0 })),
    phases: health.byPhase
      .map((row) => ({ phase: row.name, count: row.count }))
      .sort((a, b) => b.count - a.count || a.phase.localeCompare(b.phase)),
    overdueTasks: health.totals.overdue,
    blockedTasks: health.totals.blocked,
    lateTasks: late.map((task) => ({
      projectId: task.project_id,
      projectName: task.project_name,
      customerName: customerNames.get(task.customer_id) ?? '',
      taskId: task.id,
      title: task.title,
      dueDate: task.due_date,
      assignee: task.assignee_id ? { id: task.assignee_id, name: names.get(task.assignee_id) ?? '' } : null,
      blocked: task.blocker !== null,
    })),
    phaseDurations: durations
      .map((row) => ({
        templateId: row.template_id,
        templateName: templates.get(row.template_id) ?? '',
        phase: row.name,
        plannedDays: oneDecimal(row.planned_days) ?? 0,
        projects: row.projects,
        medianDays: oneDecimal(row.median),
        p25Days: oneDecimal(row.p25),
        p75Days: oneDecimal(row.p75),
      }))
      .sort((a, b) => a.templateName.localeCompare(b.templateName) || a.phase.localeCompare(b.phase)),
    goals: goalFigures(accepted),
  };
}

/** Goals with an actual recorded, and of those the ones met (the project page's rule), over accepted projects. */
function goalFigures(projects: readonly { goals: string }[]): ImplementationInsight['goals'] {
  const verdicts = projects.flatMap((project) =>
    (JSON.parse(project.goals) as Omit<Goal, 'met'>[]).map(goalMet).filter((met) => met !== null),
  );
  const met = verdicts.filter(Boolean).length;
  return { measured: verdicts.length, met, metRate: shareOf(met, verdicts.length) };
}
