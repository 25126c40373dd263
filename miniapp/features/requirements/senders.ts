/** How queued captures reach the server once the network allows: a new requirement, or a mention of an existing one. */
import { apiPost } from '@miniapp/lib/api-client';
import { registerSender } from '@miniapp/lib/offline/queue';
import type { MentionCreate, RequirementCreate } from '@shared/schemas/requirements';

export type QueuedMention = MentionCreate & { requirementId: string };

function withAttachments<Body extends object>(body: Body, attachmentIds: string[]) {
  return attachmentIds.length > 0 ? { ...body, attachmentIds } : body;
}

registerSender('requirement', (body, attachmentIds) =>
  apiPost('/requirements', withAttachments(body as RequirementCreate, attachmentIds)),
);

registerSender('mention', (body, attachmentIds) => {
  const { requirementId, ...mention } = body as QueuedMention;
  return apiPost(`/requirements/${requirementId}/mentions`, withAttachments(mention, attachmentIds));
});
