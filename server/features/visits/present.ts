/** Rows → the JSON the API promises for visits, with everything a page of visits needs fetched in one go. */
import type { Attachments } from '@server/core/attachments';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { localDateOf } from '@shared/domain/clock';
import { evidenceScoreOf, type VisitKind, visitStatusOf } from '@shared/domain/visits';
import type { Attendee, NamedRef, Visit, VisitPhoto } from '@shared/schemas/visits';
import { contactsByIds, customerSummaries } from '../customers/service';
import { namesOf } from '../users/service';
import { requirementCounts } from './extensions';
import { photoSubjectType } from './photos';
import { canCheckIn, canDeleteVisit, canUpdateVisit, isSameDay } from './policy';
import { findAttendees, findParticipants, type VisitRow } from './repo';

/** What presenting one visit needs besides its row. */
interface Related {
  customers: Map<string, string>;
  owners: Map<string, string>;
  participants: Map<string, NamedRef[]>;
  attendees: Map<string, Attendee[]>;
  photos: Map<string, VisitPhoto[]>;
  requirements: Map<string, number>;
}

/** Each visit's entries, by name (code point order, as the database's binary collation sorts). */
function byVisit<T extends { name: string }>(
  rows: { visitId: string; entry: T | undefined }[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  const sorted = rows.flatMap(({ visitId, entry }) => (entry ? [{ visitId, entry }] : []));
  sorted.sort((a, b) => (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0));
  for (const { visitId, entry } of sorted) groups.set(visitId, [...(groups.get(visitId) ?? []), entry]);
  return groups;
}

async function loadPeople(tdb: TenantDb, rows: VisitRow[]) {
  const participants = await findParticipants(
    tdb,
    rows.map((row) => row.id),
  );
  return peopleOf(tdb, rows, participants);
}

async function peopleOf(
  tdb: TenantDb,
  rows: VisitRow[],
  participants: { visitId: string; userId: string }[],
) {
  const names = await namesOf(tdb, [
    ...rows.map((row) => row.owner_id),
    ...participants.map((p) => p.userId),
  ]);
  const participantsOf = byVisit(
    participants.map(({ visitId, userId }) => {
      const name = names.get(userId);
      return { visitId, entry: name === undefined ? undefined : { id: userId, name } };
    }),
  );
  return { owners: names, participants: participantsOf };
}

async function loadAttendees(tdb: TenantDb, visitIds: string[]): Promise<Map<string, Attendee[]>> {
  const attendees = await findAttendees(tdb, visitIds);
  const contacts = new Map(
    (
      await contactsByIds(
        tdb,
        attendees.map((a) => a.contactId),
      )
    ).map((c) => [c.id, { id: c.id, name: c.name, title: c.title }]),
  );
  return byVisit(attendees.map(({ visitId, contactId }) => ({ visitId, entry: contacts.get(contactId) })));
}

async function loadRelated(tdb: TenantDb, attachments: Attachments, rows: VisitRow[]): Promise<Related> {
  const ids = rows.map((row) => row.id);
  const [customers, people, attendees, photos, requirements] = await Promise.all([
    customerSummaries(
      tdb,
      rows.map((row) => row.customer_id),
    ),
    loadPeople(tdb, rows),
    loadAttendees(tdb, ids),
    attachments.linkedViews(tdb, photoSubjectType, ids),
    requirementCounts(tdb, ids),
  ]);
  return {
    customers: new Map(customers.map((c) => [c.id, c.name])),
    owners: people.owners,
    participants: people.participants,
    attendees,
    photos,
    requirements,
  };
}

export async function presentVisits(
  tdb: TenantDb,
  attachments: Attachments,
  actor: Actor,
  rows: VisitRow[],
  now: Date = new Date(),
): Promise<Visit[]> {
  const related = await loadRelated(tdb, attachments, rows);
  const today = localDateOf(now);
  return rows.map((row) => presentVisit(row, related, actor, { now, today }));
}

/**
 * What the service already holds about a visit it has just inserted: its customer's name, the people and contacts
 * it checked, whether photos were linked. A new visit has no requirement mentions yet (none can name its fresh id).
 */
export interface JustWritten {
  customerName: string;
  participantIds: string[];
  attendees: Attendee[];
  withPhotos: boolean;
}

/** A visit just inserted, presented from what the insert knew: only its people's names (and photos) are read. */
export async function presentJustWritten(
  tdb: TenantDb,
  attachments: Attachments,
  actor: Actor,
  row: VisitRow,
  written: JustWritten,
): Promise<Visit> {
  const participants = [...new Set(written.participantIds)].map((userId) => ({ visitId: row.id, userId }));
  const [people, photos] = await Promise.all([
    peopleOf(tdb, [row], participants),
    written.withPhotos ? attachments.linkedViews(tdb, photoSubjectType, [row.id]) : new Map(),
  ]);
  const related: Related = {
    customers: new Map([[row.customer_id, written.customerName]]),
    owners: people.owners,
    participants: people.participants,
    attendees: byVisit(written.attendees.map((entry) => ({ visitId: row.id, entry }))),
    photos,
    requirements: new Map(),
  };
  const now = new Date();
  return presentVisit(row, related, actor, { now, today: localDateOf(now) });
}

function presentCheckIn(row: VisitRow): Visit['checkIn'] {
  if (row.check_in_at === null || row.check_in_lat === null || row.check_in_lng === null) return null;
  return {
    lat: row.check_in_lat,
    lng: row.check_in_lng,
    accuracy: row.check_in_accuracy ?? 0,
    address: row.check_in_address,
    at: row.check_in_at,
    distanceMeters: row.check_in_distance === null ? null : Math.round(row.check_in_distance),
    flagged: row.check_in_flagged === 1,
  };
}

const flag = (value: number | null): boolean | null => (value === null ? null : value === 1);

function presentVisit(
  row: VisitRow,
  related: Related,
  actor: Actor,
  { now, today }: { now: Date; today: string },
): Visit {
  const checkIn = presentCheckIn(row);
  const photos = related.photos.get(row.id) ?? [];
  const sameDay = isSameDay(row, today, localDateOf(row.created_at));
  return {
    id: row.id,
    clientId: row.client_id,
    customerId: row.customer_id,
    customer: { id: row.customer_id, name: related.customers.get(row.customer_id) ?? '' },
    kind: row.kind as VisitKind,
    status: visitStatusOf(row.visited_at, now),
    visitedAt: row.visited_at,
    visitedOn: row.visited_on,
    purpose: row.purpose,
    notes: row.notes,
    outcome: row.outcome,
    nextStep: row.next_step,
    followUpAt: row.follow_up_at,
    owner: { id: row.owner_id, name: related.owners.get(row.owner_id) ?? '' },
    participants: related.participants.get(row.id) ?? [],
    attendees: related.attendees.get(row.id) ?? [],
    checkIn,
    isFresh: checkIn ? flag(row.check_in_fresh) : null,
    isMock: checkIn ? flag(row.check_in_mock) : null,
    evidence: evidenceScoreOf({
      kind: row.kind as VisitKind,
      checkIn: checkIn
        ? { flagged: checkIn.flagged, isFresh: row.check_in_fresh === 1, isMock: row.check_in_mock === 1 }
        : null,
      photoCount: photos.length,
      notes: row.notes,
      requirementCount: related.requirements.get(row.id) ?? 0,
    }),
    photos,
    version: row.version,
    can: {
      update: canUpdateVisit(actor, row, sameDay),
      delete: canDeleteVisit(actor, row, sameDay),
      checkIn: canCheckIn(actor, row, sameDay),
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
