/** The texts of the visit reminders: the follow-up of the day and the pre-visit brief, in the tenant's language. */
import type { TenantDb } from '@server/core/db';
import type { OutgoingMessage } from '@server/platforms/types';
import { tenantTimeZone } from '@shared/domain/clock';
import { createI18n, type TFunction } from '@shared/i18n';
import type { CustomerSummary } from '../customers/service';
import { visitSources } from './extensions';
import { findLastVisitsOf } from './reminder-queries';
import type { VisitRow } from './repo';

/** Every tenant reads Chinese today; the catalogue key decides the words. */
export const messageT: TFunction = createI18n('zh-CN').t;

const timeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: tenantTimeZone,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const kindLabel = (t: TFunction, kind: string) => t(`ui.visits.kinds.${kind}`);

/** Named by visit and day: a rerun never sends twice, a moved date reminds again on the new day. */
export function followUpMessage(
  visit: VisitRow,
  customer: CustomerSummary,
  day: string,
  publicUrl: string,
  t = messageT,
): OutgoingMessage {
  return {
    dedupeKey: `visit-follow-up:${visit.id}:${day}`,
    title: t('ui.visits.messages.followUpTitle', { customer: customer.name }),
    body: t('ui.visits.messages.followUpBody', {
      date: day,
      customer: customer.name,
      nextStep: visit.next_step ?? t('ui.visits.messages.noNextStep'),
      visitedOn: visit.visited_on,
    }),
    url: `${publicUrl}/visits/${visit.id}`,
    actions: [],
  };
}

const historyLength = 3;

/** Last agreed next step, the recent visits, and what other features add (open requirements and their status). */
export async function preVisitBrief(
  tdb: TenantDb,
  visit: VisitRow,
  customer: CustomerSummary,
  publicUrl: string,
  t = messageT,
): Promise<OutgoingMessage> {
  const earlier = await findLastVisitsOf(tdb, customer.id, visit.visited_at, historyLength);
  const withNextStep = earlier.find((row) => row.next_step !== null);
  const lines = [
    t('ui.visits.messages.briefPlanned', {
      time: timeFormat.format(new Date(visit.visited_at)),
      kind: kindLabel(t, visit.kind),
      customer: customer.name,
    }),
  ];
  if (withNextStep) {
    lines.push(
      t('ui.visits.messages.briefLastNextStep', {
        nextStep: withNextStep.next_step,
        date: withNextStep.visited_on,
      }),
    );
  }
  if (earlier.length === 0) lines.push(t('ui.visits.messages.briefNoHistory'));
  else {
    lines.push(t('ui.visits.messages.briefHistory'));
    for (const row of earlier) {
      lines.push(
        t('ui.visits.messages.briefHistoryLine', {
          date: row.visited_on,
          kind: kindLabel(t, row.kind),
          outcome: row.outcome ?? t('ui.visits.messages.briefNoOutcome'),
        }),
      );
    }
  }
  for (const source of visitSources().briefSources) lines.push(...(await source(tdb, customer.id, t)));
  return {
    dedupeKey: `visit-brief:${visit.id}:${visit.visited_on}`,
    title: t('ui.visits.messages.briefTitle', { customer: customer.name }),
    body: lines.join('\n'),
    url: `${publicUrl}/customers/${customer.id}`,
    actions: [],
  };
}
