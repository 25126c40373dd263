/** What a visit points at must exist in the tenant: its participants, its attendees and its photos. */
import type { TenantDb } from '@server/core/db';
import { AppError } from '@server/core/errors';
import type { Attendee } from '@shared/schemas/visits';
import { contactsByIds } from '../customers/service';
import { activePersonIds } from '../users/service';
import type { VisitDeps } from './service';

const field = (key: string) => `ui.visits.messages.fields.${key}`;

/**
 * Participants must be active people of the tenant, attendees the customer's contacts, photos uploaded ones; answers
 * the attendees as the visit shows them.
 */
export async function checkReferences(
  tdb: TenantDb,
  deps: VisitDeps,
  customerId: string,
  input: {
    participantIds?: string[] | undefined;
    attendeeContactIds?: string[] | undefined;
    attachmentIds?: string[] | undefined;
  },
): Promise<Attendee[]> {
  const fields: Record<string, string> = {};
  const participants = input.participantIds ?? [];
  const people = await activePersonIds(tdb, participants);
  participants.forEach((id, i) => {
    if (!people.has(id)) fields[`participantIds.${i}`] = field('unknownPerson');
  });
  const attendees = input.attendeeContactIds ?? [];
  const contacts = new Map(
    (await contactsByIds(tdb, attendees)).flatMap((contact) =>
      contact.customer_id === customerId
        ? [[contact.id, { id: contact.id, name: contact.name, title: contact.title }] as const]
        : [],
    ),
  );
  attendees.forEach((id, i) => {
    if (!contacts.has(id)) fields[`attendeeContactIds.${i}`] = field('unknownContact');
  });
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION_FAILED', fields);
  if (input.attachmentIds?.length) await deps.attachments.require(tdb, input.attachmentIds, 'attachmentIds');
  return [...contacts.values()];
}
