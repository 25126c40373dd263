/**
 * The implementation lead's dashboard in SQL: active projects by health and by the phase they are in, the late
 * and blocked tasks, each template phase's actual duration against its plan, and the accepted projects' goals.
 *
 * Health here is the project page's rule (shared/domain/implementation/health.ts) restated over task aggregates:
 * overdue when an open task is past due; at risk when an open task is blocked or due within two days; at risk
 * when otherwise on track but the plan's end (the last phase's due date, or a later open task) lies past the
 * go-live target. Dated blockers need no projection here: any open blocker already makes the project at risk.
 */
import {
  asDouble,
  daysBetweenDates,
  type Expression,
  localDayOf,
  onSameTenant,
  quantileRanks,
  quartile,
  sql,
  type TenantDb,
} from '@server/core/db';
import { atRiskWithinDays, type Health } from '@shared/domain/implementation/vocab';
import { addDays } from '@shared/domain/visits';

export interface ProjectFigureScope {
  /** Inclusive local days. */
  fromDay: string;
  toDay: string;
  today: string;
  /** Period bounds as instants: from (inclusive) to before (exclusive). */
  since: string;
  before: string;
  /** Only projects of these customers (the customers feature's subquery of ids); null: all. */
  customers: Expression<unknown> | null;
}

function projectsWhere(tdb: TenantDb, scope: ProjectFigureScope, status: string) {
  let select = tdb.selectFrom('impl_projects').where('impl_projects.status', '=', status);
  if (scope.customers) select = select.where('impl_projects.customer_id', 'in', scope.customers as never);
  return select;
}

const isOpen = sql`impl_tasks.done_at is null`;

/** Per active project: its open, overdue, at-risk and blocked tasks, the plan's end, and its first open phase. */
function projectTaskFigures(tdb: TenantDb, scope: ProjectFigureScope) {
  const soon = addDays(scope.today, atRiskWithinDays);
  return tdb
    .selectFrom('impl_tasks')
    .innerJoin('impl_phases', onSameTenant('impl_phases.id', 'impl_tasks.phase_id'))
    .select([
      'impl_tasks.project_id',
      sql<number>`sum(case when ${isOpen} then 1 else 0 end)`.as('open'),
      sql<number>`sum(case when ${isOpen} and impl_tasks.due_date < ${scope.today} then 1 else 0 end)`.as(
        'overdue',
      ),
      sql<number>`sum(case when ${isOpen} and impl_tasks.blocker is not null then 1 else 0 end)`.as(
        'blocked',
      ),
      sql<number>`sum(case when ${isOpen} and impl_tasks.due_date <= ${soon} then 1 else 0 end)`.as(
        'due_soon',
      ),
      sql<string>`max(case when ${isOpen} then impl_tasks.due_date end)`.as('last_open_due'),
      sql<string>`max(impl_phases.due_date)`.as('plan_end'),
      sql<number | null>`min(case when ${isOpen} then impl_phases.position end)`.as('open_position'),
    ])
    .where('impl_tasks.removed_at', 'is', null)
    .where('impl_tasks.project_id', 'in', projectsWhere(tdb, scope, 'active').select('impl_projects.id'))
    .groupBy('impl_tasks.project_id')
    .as('figures');
}

/** Active projects per health, per first phase with work left, and their overdue and blocked task counts. */
export async function projectHealthFigures(tdb: TenantDb, scope: ProjectFigureScope) {
  const health = sql<Health>`case
    when coalesce(figures.overdue, 0) > 0 then 'overdue'
    when coalesce(figures.blocked, 0) > 0 or coalesce(figures.due_soon, 0) > 0 then 'at-risk'
    when coalesce(figures.open, 0) > 0 and impl_projects.go_live_target is not null
      and (figures.plan_end > impl_projects.go_live_target or figures.last_open_due > impl_projects.go_live_target)
      then 'at-risk'
    else 'on-track' end`;
  const projects = projectsWhere(tdb, scope, 'active').leftJoin(
    projectTaskFigures(tdb, scope),
    'figures.project_id',
    'impl_projects.id',
  );
  const [byHealth, byPhase] = await Promise.all([
    projects
      .select([
        health.as('health'),
        sql<number>`count(*)`.as('count'),
        sql<number>`cast(coalesce(sum(figures.overdue), 0) as integer)`.as('overdue'),
        sql<number>`cast(coalesce(sum(figures.blocked), 0) as integer)`.as('blocked'),
      ])
      .groupBy(health)
      .execute(),
    projects
      .innerJoin('impl_phases', (join) =>
        join
          .onRef('impl_phases.project_id', '=', 'impl_projects.id')
          .onRef('impl_phases.tenant_id', '=', 'impl_projects.tenant_id')
          .onRef('impl_phases.position', '=', 'figures.open_position'),
      )
      .select(['impl_phases.name', sql<number>`count(*)`.as('count')])
      .groupBy('impl_phases.name')
      .execute(),
  ]);
  const totals = {
    overdue: byHealth.reduce((sum, row) => sum + row.overdue, 0),
    blocked: byHealth.reduce((sum, row) => sum + row.blocked, 0),
  };
  return { byHealth, totals, byPhase };
}

/** Open tasks of active projects that are past due or blocked, most overdue first. */
export function lateTasks(tdb: TenantDb, scope: ProjectFigureScope, limit: number) {
  return tdb
    .selectFrom('impl_tasks')
    .innerJoin('impl_projects', onSameTenant('impl_projects.id', 'impl_tasks.project_id'))
    .select([
      'impl_tasks.id',
      'impl_tasks.title',
      'impl_tasks.due_date',
      'impl_tasks.assignee_id',
      'impl_tasks.blocker',
      'impl_projects.id as project_id',
      'impl_projects.name as project_name',
      'impl_projects.customer_id',
    ])
    .where('impl_tasks.removed_at', 'is', null)
    .where('impl_tasks.done_at', 'is', null)
    .where((eb) =>
      eb.or([eb('impl_tasks.due_date', '<', scope.today), eb('impl_tasks.blocker', 'is not', null)]),
    )
    .where('impl_tasks.project_id', 'in', projectsWhere(tdb, scope, 'active').select('impl_projects.id'))
    .orderBy('impl_tasks.due_date')
    .orderBy('impl_tasks.id')
    .limit(limit)
    .execute();
}

/**
 * Per template phase, over the project phases completed in the period (every task done; completed on the local
 * day of the last tick): planned calendar days (due − start + 1, the template's working days laid on the
 * calendar) on average, and the actual days' quartiles. A phase actually starts on its planned start, or on the
 * day the phase before it was completed when that was later, so a slip upstream is not charged to it.
 */
export function phaseDurations(tdb: TenantDb, scope: ProjectFigureScope) {
  const { dialect } = tdb;
  const completedOn = localDayOf(dialect, sql`max(impl_tasks.done_at)`);
  const completed = tdb
    .selectFrom('impl_phases')
    .innerJoin('impl_tasks', onSameTenant('impl_tasks.phase_id', 'impl_phases.id'))
    .innerJoin('impl_projects', onSameTenant('impl_projects.id', 'impl_phases.project_id'))
    .select([
      'impl_phases.project_id',
      'impl_projects.template_id',
      'impl_phases.template_phase_id',
      sql<string>`max(impl_phases.name)`.as('name'),
      sql<string>`max(impl_phases.start_date)`.as('start_date'),
      sql<number>`max(${daysBetweenDates(dialect, sql.ref('impl_phases.start_date'), sql.ref('impl_phases.due_date'))}) + 1`.as(
        'planned_days',
      ),
      completedOn.as('completed_on'),
      sql<
        string | null
      >`lag(${completedOn}) over (partition by impl_phases.project_id order by max(impl_phases.position))`.as(
        'previous_completed_on',
      ),
    ])
    .where('impl_tasks.removed_at', 'is', null)
    .where('impl_phases.template_phase_id', 'is not', null)
    .where('impl_projects.status', '<>', 'cancelled')
    .$if(scope.customers !== null, (select) =>
      select.where('impl_projects.customer_id', 'in', scope.customers as never),
    )
    .where(
      'impl_tasks.project_id',
      'in',
      // Only projects with a tick in the period can have a phase completed in it.
      tdb
        .selectFrom('impl_tasks')
        .select('impl_tasks.project_id')
        .where('impl_tasks.done_at', '>=', scope.since)
        .where('impl_tasks.done_at', '<', scope.before),
    )
    .groupBy([
      'impl_phases.id',
      'impl_phases.project_id',
      'impl_projects.template_id',
      'impl_phases.template_phase_id',
    ])
    .having(sql`count(*)`, '=', sql`count(impl_tasks.done_at)`)
    .as('completed');
  const actualStart = sql`case when completed.previous_completed_on > completed.start_date
    then completed.previous_completed_on else completed.start_date end`;
  const actualDays = sql<number>`(${daysBetweenDates(dialect, actualStart, sql.ref('completed.completed_on'))} + 1)`;
  const partition = [sql.ref('completed.template_id'), sql.ref('completed.template_phase_id')];
  const [rank, count] = quantileRanks(partition, actualDays);
  const ranked = tdb
    .selectFromDerived(completed)
    .select([
      'completed.template_id',
      'completed.template_phase_id',
      'completed.name',
      'completed.planned_days',
      actualDays.as('days'),
      rank.as('q_rank'),
      count.as('q_count'),
    ])
    .where('completed.completed_on', '>=', scope.fromDay)
    .where('completed.completed_on', '<=', scope.toDay)
    .as('ranked');
  return tdb
    .selectFromDerived(ranked)
    .select([
      sql<string>`ranked.template_id`.as('template_id'),
      sql<string>`ranked.template_phase_id`.as('template_phase_id'),
      sql<string>`max(ranked.name)`.as('name'),
      asDouble(sql`avg(ranked.planned_days)`).as('planned_days'),
      sql<number>`count(*)`.as('projects'),
      quartile(1, sql.ref('ranked.days')).as('p25'),
      quartile(2, sql.ref('ranked.days')).as('median'),
      quartile(3, sql.ref('ranked.days')).as('p75'),
    ])
    .groupBy([sql`ranked.template_id`, sql`ranked.template_phase_id`])
    .execute();
}

/** The goals (JSON) of accepted projects whose last task was ticked in the period: accepted then. */
export function goalsAccepted(tdb: TenantDb, scope: ProjectFigureScope) {
  const acceptedAt = sql<string>`(select max(t.done_at) from impl_tasks t
    where t.tenant_id = impl_projects.tenant_id and t.project_id = impl_projects.id and t.removed_at is null)`;
  return projectsWhere(tdb, scope, 'accepted')
    .select(['impl_projects.id', 'impl_projects.goals'])
    .where(acceptedAt, '>=', scope.since)
    .where(acceptedAt, '<', scope.before)
    .execute();
}

/** Template names by id. */
export async function templateNames(tdb: TenantDb, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tdb
    .selectFrom('impl_templates')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
