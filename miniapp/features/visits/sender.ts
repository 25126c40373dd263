/** Teaches the offline queue how a visit is sent; imported by every screen from which visits are queued or listed. */
import { apiCreate, type Created } from '@miniapp/lib/api-client';
import { i18n } from '@miniapp/lib/i18n';
import { registerSender } from '@miniapp/lib/offline/queue';
import { type ComparedField, deliveryOf } from '@miniapp/lib/offline/replay';
import { queryClient } from '@miniapp/lib/query-client';
import type { Visit, VisitCreate } from '@shared/schemas/visits';
import { refreshAfterVisitChange, visitKeys } from './api';

export const visitSubmissionKind = 'visit';

/** The fields a rep would recognise their visit by, as sent and as the server holds them. */
export function comparedVisitFields(sent: VisitCreate, stored: Visit): ComparedField[] {
  const t = i18n.t.bind(i18n);
  const kindLabel = (kind: string) => t(`ui.visits.kinds.${kind}`);
  return [
    {
      label: t('ui.visits.form.customer'),
      mine:
        sent.customerId === stored.customerId ? stored.customer.name : t('ui.field.pending.anotherCustomer'),
      theirs: stored.customer.name,
    },
    { label: t('ui.visits.form.kind'), mine: kindLabel(sent.kind), theirs: kindLabel(stored.kind) },
    { label: t('ui.visits.form.purpose'), mine: sent.purpose, theirs: stored.purpose },
    { label: t('ui.visits.form.notes'), mine: sent.notes, theirs: stored.notes },
    { label: t('ui.visits.form.outcome'), mine: sent.outcome, theirs: stored.outcome },
    { label: t('ui.visits.form.nextStep'), mine: sent.nextStep, theirs: stored.nextStep },
    { label: t('ui.visits.form.followUpAt'), mine: sent.followUpAt, theirs: stored.followUpAt },
  ];
}

/** The photos are already uploaded: their ids come with the body. */
async function sendVisit(body: VisitCreate, attachmentIds: string[]): Promise<Created<Visit>> {
  const ids = [...(body.attachmentIds ?? []), ...attachmentIds];
  const answer = await apiCreate<Visit>('/visits', { ...body, attachmentIds: ids });
  queryClient.setQueryData(visitKeys.detail(answer.data.id), answer.data);
  refreshAfterVisitChange(queryClient, answer.data);
  return answer;
}

registerSender(visitSubmissionKind, async (body, attachmentIds) => {
  const sent = body as VisitCreate;
  const answer = await sendVisit(sent, attachmentIds);
  return deliveryOf(answer, (stored) => ({
    link: `/visits/${stored.id}`,
    fields: comparedVisitFields(sent, stored),
  }));
});
