/** Status-page shapes: a project as the customer sees it, and a link as the project's people manage it. */
import { needsCustomer } from '@shared/domain/implementation/customer-asks';
import { progressOf } from '@shared/domain/implementation/health';
import type { StatusLink, StatusPage } from '@shared/schemas/implementation-sharing';
import { phaseFigures } from '../projects/figures';
import type { ProjectBundle } from '../projects/loader';
import type { StatusLinkRow } from './links-repo';

type StatusProject = StatusPage['projects'][number];

export function presentStatusProject(
  bundle: ProjectBundle,
  today: string,
  decisionMaker: StatusProject['contact'],
): StatusProject {
  const figures = phaseFigures(bundle, today);
  const partner = bundle.partners[0];
  return {
    name: bundle.row.name,
    startDate: bundle.row.start_date,
    goLiveTarget: bundle.row.go_live_target,
    health: figures.health.health,
    progress: figures.progress,
    projectedGoLive: figures.projection.endDate,
    contact: partner ? { name: partner.name, title: partner.title } : decisionMaker,
    needsYou: figures.phases.flatMap((p) => {
      const phase = { partnerRole: p.phase.partner_role, startDate: p.phase.start_date };
      return p.tasks
        .filter((task) => needsCustomer(phase, { doneAt: task.done_at }, today))
        .map((task) => ({
          title: task.title,
          phaseName: p.phase.name,
          dueDate: figures.projection.dueDates.get(task.id) ?? task.due_date,
        }));
    }),
    phases: figures.phases.map((p) => ({
      name: p.phase.name,
      startDate: p.phase.start_date,
      dueDate: p.phase.due_date,
      health: p.health.health,
      progress: progressOf(p.doneCount, p.taskCount),
      doneCount: p.doneCount,
      taskCount: p.taskCount,
    })),
  };
}

export function presentStatusLink(
  row: Pick<StatusLinkRow, 'id' | 'created_by' | 'created_at' | 'expires_at' | 'revoked_at'>,
  names: ReadonlyMap<string, string>,
  now: string,
): StatusLink {
  return {
    id: row.id,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: names.get(row.created_by) ?? '' },
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    state: row.revoked_at ? 'revoked' : row.expires_at <= now ? 'expired' : 'active',
  };
}
