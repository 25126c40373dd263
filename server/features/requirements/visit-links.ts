/**
 * Requirements seen from visits: the evidence score counts mentions captured on a visit, the customer timeline
 * shows the customer's requirements, and the pre-visit brief lists the open ones with their status.
 */
import { visitExtensions } from '@server/features/visits/extensions';
import { isOpen, requirementsOfCustomer } from './customer-links';
import { mentionCountsByVisit } from './repo/mentions';

/** Source name of the timeline entries, so the phone knows how to label and link them. */
export const requirementTimelineSource = 'requirement';

visitExtensions.requirementCounters.push(mentionCountsByVisit);

visitExtensions.timelineSources.push(async (tdb, customerId, { limit }) => {
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
});

visitExtensions.briefSources.push(async (tdb, customerId, t) => {
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
});
