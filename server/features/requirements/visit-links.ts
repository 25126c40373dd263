/**
 * Requirements seen from visits: the evidence score counts mentions captured on a visit, the customer timeline
 * shows the customer's requirements, and the pre-visit brief lists the open ones with their status
 * (connected to visits in server/app.ts).
 */
import type { TenantDb } from '@server/core/db';
import type { TFunction } from '@shared/i18n';
import { isOpen, requirementsOfCustomer } from './customer-links';
import { mentionCountsByVisit } from './repo/mentions';

/** Source name of the timeline entries, so the phone knows how to label and link them. */
export const requirementTimelineSource = 'requirement';

/** How many mentions were captured on each of these visits (the visit's evidence score counts them). */
export const countMentionsByVisit = mentionCountsByVisit;

export async function requirementTimeline(tdb: TenantDb, customerId: string, { limit }: { limit: number }) {
  const requirements = await requirementsOfCustomer(tdb, customerId);
  return requirements
    .reverse()
    .slice(0, limit)
    .map((r) => ({
      type: 'item' as const,
      at: r.firstMentionAt,
      source: requirementTimelineSource,
      id: r.id,
      title: r.title,
      status: r.status,
    }));
}

export async function requirementBriefLines(
  tdb: TenantDb,
  customerId: string,
  t: TFunction,
): Promise<string[]> {
  const open = (await requirementsOfCustomer(tdb, customerId)).filter((r) => isOpen(r.status));
  if (open.length === 0) return [];
  return [
    t('ui.links.brief.openRequirements', { count: open.length }),
    ...open.map((r) =>
      t('ui.links.brief.requirementLine', {
        title: r.title,
        status: t(`ui.requirements.status.${r.status}`),
        goLive: r.goLive ? t('ui.links.brief.goLiveMark') : '',
      }).trimEnd(),
    ),
  ];
}
