/** How queued captures reach the server once the network allows: a new requirement, or a mention of an existing one. */
import { queryClient } from '@miniapp/app/query-client';
import { apiPost } from '@miniapp/lib/api-client';
import { registerSender } from '@miniapp/lib/offline/queue';
import type { MentionCreate, RequirementCreate } from '@shared/schemas/requirements';
import { requirementKeys } from './api';

export type QueuedMention = MentionCreate & { requirementId: string };

function withAttachments<Body extends object>(body: Body, attachmentIds: string[]) {
  return attachmentIds.length > 0 ? { ...body, attachmentIds } : body;
}

/** A capture may land minutes after the screen closed; whatever lists are open then show it. */
async function sent<T>(request: Promise<T>): Promise<T> {
  const result = await request;
  void queryClient.invalidateQueries({ queryKey: requirementKeys.all });
  return result;
}

registerSender('requirement', (body, attachmentIds) =>
  sent(apiPost('/requirements', withAttachments(body as RequirementCreate, attachmentIds))),
);

registerSender('mention', (body, attachmentIds) => {
  const { requirementId, ...mention } = body as QueuedMention;
  return sent(apiPost(`/requirements/${requirementId}/mentions`, withAttachments(mention, attachmentIds)));
});
