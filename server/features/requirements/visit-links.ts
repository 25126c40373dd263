/**
 * Requirements seen from visits: the evidence score counts mentions captured on a visit, the customer timeline
 * shows the customer's requirements, and the pre-visit brief lists the open ones with their status.
 */
import { visitExtensions } from '@server/features/visits/extensions';
import { isOpen, requirementsOfCustomer } from './customer-links';

/** Source name of the timeline entries, so the phone knows how to label and link them. */
export const requirementTimelineSource = 'requirement';

visitExtensions.requirementCounters.push(async (tdb, visitIds) => {
  const counts = new Map<string, number>();
  if (visitIds.length === 0) return counts;
  const rows = await tdb
    .selectFrom('requirement_mentions')
    .select('visit_id')
    .where('visit_id', 'in', [...visitIds])
    .execute();
  for (const { visit_id } of rows) if (visit_id) counts.set(visit_id, (counts.get(visit_id) ?? 0) + 1);
  return counts;
});

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
