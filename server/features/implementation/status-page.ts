/**
 * The customer's no-login status page: a link given out by the project's people (status-links.ts) opens that
 * customer's projects' phases and progress — and nothing of any other customer.
 */
import { type RootDb, TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import { needsCustomer } from '@shared/domain/implementation/customer-asks';
import { progressOf } from '@shared/domain/implementation/health';
import type { StatusPage } from '@shared/schemas/implementation';
import { requirementsFor } from './acceptance';
import { loadBundles } from './bundle';
import { findCustomerNames, findDecisionMaker, findProjects } from './projects-repo';
import { openStatusLink } from './status-links';
import { type ProjectBundle, phaseFigures } from './view';

type StatusProject = StatusPage['projects'][number];

function presentStatusProject(
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

/** An unknown token answers 404 like a page that does not exist; a revoked or expired one says so (410). */
export async function statusPageFor(db: RootDb, token: string): Promise<StatusPage> {
  const link = await openStatusLink(db, token);
  const tdb = new TenantDb(db, link.tenantId);
  const [customer] = await findCustomerNames(tdb, [link.customerId]);
  if (!customer) throw notFound();
  const rows = [
    ...(await findProjects(tdb, { status: 'active', customerId: customer.id })),
    ...(await findProjects(tdb, { status: 'accepted', customerId: customer.id })),
  ];
  const today = localDateOf(nowIso());
  const [bundles, decisionMaker] = await Promise.all([
    loadBundles(tdb, rows),
    findDecisionMaker(tdb, customer.id),
  ]);
  return {
    customerName: customer.name,
    expiresAt: link.expiresAt,
    projects: bundles.map((bundle) => presentStatusProject(bundle, today, decisionMaker ?? null)),
    requirements: await requirementsFor(tdb, customer.id),
  };
}
