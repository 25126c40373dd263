/** Rows → the JSON the API promises for visits, with everything a page of visits needs fetched in one go. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import type { Attachments } from '@server/features/attachments/service';
import { localDateOf } from '@shared/domain/clock';
import { evidenceScoreOf, type VisitKind, visitStatusOf } from '@shared/domain/visits';
import type { Attendee, NamedRef, Visit, VisitPhoto } from '@shared/schemas/visits';
import { findUserNames } from '../users/repo';
import { requirementCounts } from './extensions';
import { canCheckIn, canDeleteVisit, canUpdateVisit, isSameDay } from './policy';
import { findAttendees, findCustomerPlaces, findParticipants, type VisitRow } from './repo';

export const photoIdsOf = (row: Pick<VisitRow, 'photo_ids'>): string[] =>
  JSON.parse(row.photo_ids) as string[];

/** What presenting one visit needs besides its row. */
interface Related {
  customers: Map<string, string>;
  owners: Map<string, string>;
  participants: Map<string, NamedRef[]>;
  attendees: Map<string, Attendee[]>;
  photos: Map<string, VisitPhoto>;
  requirements: Map<string, number>;
}

function groupBy<T extends { visitId: string }, R>(rows: T[], map: (row: T) => R): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) groups.set(row.visitId, [...(groups.get(row.visitId) ?? []), map(row)]);
  return groups;
}

async function loadRelated(tdb: TenantDb, attachments: Attachments, rows: VisitRow[]): Promise<Related> {
  const ids = rows.map((row) => row.id);
  const [customers, owners, participants, attendees, photos, requirements] = await Promise.all([
    findCustomerPlaces(
      tdb,
      rows.map((row) => row.customer_id),
    ),
    findUserNames(
      tdb,
      rows.map((row) => row.owner_id),
    ),
    findParticipants(tdb, ids),
    findAttendees(tdb, ids),
    attachments.views(tdb, rows.flatMap(photoIdsOf)),
    requirementCounts(tdb, ids),
  ]);
  return {
    customers: new Map(customers.map((c) => [c.id, c.name])),
    owners,
    participants: groupBy(participants, ({ id, name }) => ({ id, name })),
    attendees: groupBy(attendees, ({ id, name, title }) => ({ id, name, title })),
    photos: new Map(photos.map((photo) => [photo.id, photo])),
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
  return rows.map((row) => presentVisit(row, related, actor, now));
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

function presentVisit(row: VisitRow, related: Related, actor: Actor, now: Date): Visit {
  const checkIn = presentCheckIn(row);
  const photos = photoIdsOf(row).flatMap((id) => related.photos.get(id) ?? []);
  const sameDay = isSameDay(row, localDateOf(now), localDateOf(row.created_at));
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
