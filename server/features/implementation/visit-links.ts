/**
 * Implementation seen from visits: the customer timeline and the pre-visit brief show each running project's
 * name, health and progress, so a rep walks in knowing how the rollout is going.
 */
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import { type BriefSource, type TimelineSource, visitExtensions } from '@server/features/visits/extensions';
import { localDateOf } from '@shared/domain/clock';
import { phaseFigures } from './projects/figures';
import { loadCustomerProjects } from './projects/loader';

/** Source name of the timeline entries, so the phone knows how to label and link them. */
export const projectTimelineSource = 'project';

async function projectsOfCustomer(tdb: TenantDb, customerId: string, statuses: ('active' | 'accepted')[]) {
  const today = localDateOf(nowIso());
  return (await loadCustomerProjects(tdb, customerId, statuses)).map((bundle) => {
    const figures = phaseFigures(bundle, today);
    return {
      id: bundle.row.id,
      name: bundle.row.name,
      updatedAt: bundle.row.updated_at,
      health: figures.health.health,
      progress: figures.progress,
    };
  });
}

/** The customer timeline's entries: running and accepted projects, with health and progress. */
export const projectTimelineEntries: TimelineSource = async (tdb, customerId, { limit }) =>
  (await projectsOfCustomer(tdb, customerId, ['active', 'accepted'])).slice(0, limit).map((p) => ({
    type: 'item' as const,
    at: p.updatedAt,
    source: projectTimelineSource,
    id: p.id,
    title: p.name,
    status: p.health,
    progress: p.progress,
  }));

/** The pre-visit brief's lines: one per running project. */
export const projectBriefLines: BriefSource = async (tdb, customerId, t) =>
  (await projectsOfCustomer(tdb, customerId, ['active'])).map((p) =>
    t('ui.links.brief.projectLine', {
      name: p.name,
      health: t(`ui.implementation.healthLevel.${p.health}`),
      progress: p.progress,
    }),
  );

visitExtensions.timelineSources.push(projectTimelineEntries);
visitExtensions.briefSources.push(projectBriefLines);
