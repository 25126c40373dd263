/** Teaches the offline queue how a visit is sent; imported by every screen from which visits are queued or listed. */
import { i18n } from '@miniapp/lib/i18n';
import { registerSender } from '@miniapp/lib/offline/queue';
import { type ComparedField, deliveryOf } from '@miniapp/lib/offline/replay';
import type { Visit, VisitCreate } from '@shared/schemas/visits';
import { sendVisit } from './api';

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

registerSender(visitSubmissionKind, async (body, attachmentIds) => {
  const sent = body as VisitCreate;
  const answer = await sendVisit(sent, attachmentIds);
  return deliveryOf(answer, (stored) => ({
    link: `/visits/${stored.id}`,
    fields: comparedVisitFields(sent, stored),
  }));
});
