/**
 * Implementation seen from visits: the customer timeline and the pre-visit brief show each running project's
 * name, health and progress, so a rep walks in knowing how the rollout is going (connected to visits in
 * server/app.ts).
 */
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import type { TFunction } from '@shared/i18n';
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

export async function projectTimeline(tdb: TenantDb, customerId: string, { limit }: { limit: number }) {
  return (await projectsOfCustomer(tdb, customerId, ['active', 'accepted'])).slice(0, limit).map((p) => ({
    type: 'item' as const,
    at: p.updatedAt,
    source: projectTimelineSource,
    id: p.id,
    title: p.name,
    status: p.health,
    progress: p.progress,
  }));
}

export async function projectBriefLines(tdb: TenantDb, customerId: string, t: TFunction): Promise<string[]> {
  return (await projectsOfCustomer(tdb, customerId, ['active'])).map((p) =>
    t('ui.links.brief.projectLine', {
      name: p.name,
      health: t(`ui.implementation.healthLevel.${p.health}`),
      progress: p.progress,
    }),
  );
}
