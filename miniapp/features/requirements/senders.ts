/** How queued captures reach the server once the network allows: a new requirement, or a mention of an existing one. */

import { apiCreate, type Created } from '@miniapp/lib/api-client';
import { i18n } from '@miniapp/lib/i18n';
import { registerSender } from '@miniapp/lib/offline/queue';
import { deliveryOf } from '@miniapp/lib/offline/replay';
import { queryClient } from '@miniapp/lib/query-client';
import type { Mention, MentionCreate, Requirement, RequirementCreate } from '@shared/schemas/requirements';
import { requirementKeys } from './api';

export type QueuedMention = MentionCreate & { requirementId: string };

function withAttachments<Body extends object>(body: Body, attachmentIds: string[]) {
  return attachmentIds.length > 0 ? { ...body, attachmentIds } : body;
}

/** A capture may land minutes after the screen closed; whatever lists are open then show it. */
async function sent<T>(request: Promise<Created<T>>): Promise<Created<T>> {
  const answer = await request;
  void queryClient.invalidateQueries({ queryKey: requirementKeys.all });
  return answer;
}

const label = (key: string) => i18n.t(`ui.requirements.form.${key}`);
const importanceLabel = (importance: string | undefined) =>
  importance ? i18n.t(`ui.requirements.importance.${importance}`) : undefined;

registerSender('requirement', async (body, attachmentIds) => {
  const capture = body as RequirementCreate;
  const answer = await sent(apiCreate<Requirement>('/requirements', withAttachments(capture, attachmentIds)));
  return deliveryOf(answer, (stored) => ({
    link: `/requirements/${stored.id}`,
    fields: [
      { label: label('title'), mine: capture.title, theirs: stored.title },
      { label: label('description'), mine: capture.description, theirs: stored.description },
    ],
  }));
});

registerSender('mention', async (body, attachmentIds) => {
  const { requirementId, ...mention } = body as QueuedMention;
  const answer = await sent(
    apiCreate<Mention>(`/requirements/${requirementId}/mentions`, withAttachments(mention, attachmentIds)),
  );
  return deliveryOf(answer, (stored) => ({
    link: `/requirements/${stored.requirementId}`,
    fields: [
      {
        label: label('customer'),
        mine: mention.customerId === stored.customerId ? '' : i18n.t('ui.field.pending.anotherCustomer'),
        theirs: '',
      },
      { label: label('quote'), mine: mention.quote, theirs: stored.quote },
      {
        label: label('importance'),
        mine: importanceLabel(mention.importance),
        theirs: importanceLabel(stored.importance),
      },
    ],
  }));
});
