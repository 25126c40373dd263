/** Visit operations: idempotent create, same-day edits with optimistic versions, deletion, reading; all audited. */

import type { Attachments } from '@server/core/attachments';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { Cursor, TenantDb } from '@server/core/db';
import { AppError, notFound } from '@server/core/errors';
import { publishEvent } from '@server/core/events';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { localDateOf, startOfLocalDay } from '@shared/domain/clock';
import { addDays } from '@shared/domain/visits';
import { encodeCursor, type Page } from '@shared/schemas/common';
import type { Visit, VisitListQuery, visitCreate, visitUpdate } from '@shared/schemas/visits';
import type { z } from 'zod';
import { type CustomerSummary, canSeeCustomer, customerSummaries } from '../customers/service';
import { columnsForChanges, columnsForCreate } from './columns';
import { visitPhotos } from './photos';
import {
  canDeleteVisit,
  canLogVisit,
  canSeeVisit,
  canUpdateVisit,
  isSameDay,
  visibleVisitsFor,
} from './policy';
import { presentJustWritten, presentVisits } from './present';
import { checkReferences } from './references';
import {
  addAttendees,
  addParticipants,
  deleteVisitRow,
  findVisit,
  findVisitIdByClientId,
  insertVisitOnce,
  isParticipant,
  listVisits,
  replaceAttendees,
  replaceParticipants,
  updateVisitAt,
  type VisitRow,
} from './repo';

/** The sales dashboard's visit figures (SQL in ./insight.ts), for the insight feature. */
export {
  latestVisitsOf,
  overdueFollowUpsByRep,
  type RepVisitFigures,
  repVisitFigures,
  type VisitFigureScope,
  visitedCustomerIds,
} from './insight';

export interface VisitDeps {
  attachments: Attachments;
}

const field = (key: string) => `ui.visits.messages.fields.${key}`;

export async function listVisibleVisits(
  tdb: TenantDb,
  deps: VisitDeps,
  actor: Actor,
  query: VisitListQuery,
): Promise<Page<Visit>> {
  const now = nowIso();
  const { cursor, limit, ...filters } = query;
  const { rows, nextCursor } = await visibleVisitRows(tdb, actor, filters, { cursor, limit }, now);
  return {
    items: await presentVisits(tdb, deps.attachments, actor, rows, new Date(now)),
    nextCursor: nextCursor ? encodeCursor(nextCursor) : null,
  };
}

export type VisitFilters = Omit<VisitListQuery, 'cursor' | 'limit'>;

/** One page of the visits `actor` may see under the list's filters: the list and the export read the same rows. */
export function visibleVisitRows(
  tdb: TenantDb,
  actor: Actor,
  filters: VisitFilters,
  position: { cursor: Cursor | undefined; limit: number },
  now: string,
): Promise<{ rows: VisitRow[]; nextCursor: Cursor | null }> {
  return listVisits(
    tdb,
    { visibleTo: visibleVisitsFor(actor) },
    {
      ...filters,
      ...position,
      ownerId: filters.mine ? actor.userId : filters.ownerId,
      fromInstant: filters.from ? startOfLocalDay(filters.from) : undefined,
      toInstant: filters.to ? startOfLocalDay(addDays(filters.to, 1)) : undefined,
      now,
    },
  );
}

export async function getVisit(
  tdb: TenantDb,
  deps: VisitDeps,
  actor: Actor,
  visitId: string,
): Promise<Visit> {
  return presentOne(tdb, deps, actor, await visibleVisit(tdb, actor, visitId));
}

/** The same clientId again answers the visit it created (`created: false`), never a second visit. */
export async function createVisit(
  tdb: TenantDb,
  deps: VisitDeps,
  actor: Actor,
  input: z.output<typeof visitCreate>,
): Promise<{ visit: Visit; created: boolean }> {
  authorize(canLogVisit(actor));
  const earlier = await findVisitIdByClientId(tdb, input.clientId);
  if (earlier) return { visit: await getVisit(tdb, deps, actor, earlier), created: false };
  const customer = await visibleCustomer(tdb, actor, input.customerId);
  const attendees = await checkReferences(tdb, deps, customer.id, input);
  if (input.checkIn && input.kind !== 'onsite')
    throw new AppError('VALIDATION_FAILED', { checkIn: field('checkInOnsiteOnly') });
  const visitId = newId();
  const columns = columnsForCreate(input, { ownerId: actor.userId, customer, now: nowIso() });
  if (input.checkIn) assertCheckInOnVisitDay(columns.visited_on, columns.created_at);
  const created = await tdb.transaction(async (tx) => {
    if (!(await insertVisitOnce(tx, visitId, columns))) return false;
    await addParticipants(tx, visitId, input.participantIds ?? []);
    await addAttendees(tx, visitId, input.attendeeContactIds ?? []);
    await deps.attachments.link(tx, { ...visitPhotos(visitId), attachmentIds: input.attachmentIds ?? [] });
    await recordAudit(tx, actor, {
      action: 'visit.create',
      objectType: 'visit',
      objectId: visitId,
      data: { customerId: customer.id, kind: input.kind, flagged: columns.check_in_flagged === 1 },
    });
    await publishEvent(tx, 'visit.created', {
      visitId,
      customerId: customer.id,
      ownerId: actor.userId,
      kind: input.kind,
      visitedOn: columns.visited_on,
    });
    return true;
  });
  // The new visit is presented from what was just written; a lost race answers the visit that won it.
  if (created) {
    const row = { id: visitId, tenant_id: tdb.tenantId, ...columns };
    const visit = await presentJustWritten(tdb, deps.attachments, actor, row, {
      customerName: customer.name,
      participantIds: input.participantIds ?? [],
      attendees,
      withPhotos: (input.attachmentIds?.length ?? 0) > 0,
    });
    return { visit, created };
  }
  const stored = await findVisitIdByClientId(tdb, input.clientId);
  if (!stored) throw new AppError('INTERNAL');
  return { visit: await getVisit(tdb, deps, actor, stored), created };
}

/** Same-day edits by the owner against the version they started from; lists replace, a check-in comes once. */
export async function updateVisit(
  tdb: TenantDb,
  deps: VisitDeps,
  actor: Actor,
  visitId: string,
  input: z.output<typeof visitUpdate>,
): Promise<Visit> {
  const current = await visibleVisit(tdb, actor, visitId);
  authorize(canUpdateVisit(actor, current, sameDay(current)));
  const { version, ...fields } = input;
  if (version !== current.version) throw new AppError('VERSION_CONFLICT');
  if (fields.checkIn && current.check_in_at !== null)
    throw new AppError('VALIDATION_FAILED', { checkIn: field('checkInOnce') });
  if ((fields.checkIn || current.check_in_at !== null) && (fields.kind ?? current.kind) !== 'onsite') {
    throw new AppError('VALIDATION_FAILED', {
      [fields.checkIn ? 'checkIn' : 'kind']: field('checkInOnsiteOnly'),
    });
  }
  const [customer] = await customerSummaries(tdb, [current.customer_id]);
  if (!customer) throw notFound();
  await checkReferences(tdb, deps, customer.id, fields);
  const now = nowIso();
  const changes = columnsForChanges(fields, { customer, now });
  assertNotBackDated(current, changes.visited_on);
  if (fields.checkIn) assertCheckInOnVisitDay(changes.visited_on ?? current.visited_on, now);
  await tdb.transaction(async (tx) => {
    if (!(await updateVisitAt(tx, visitId, current.version, changes))) throw new AppError('VERSION_CONFLICT');
    if (fields.participantIds) await replaceParticipants(tx, visitId, fields.participantIds);
    if (fields.attendeeContactIds) await replaceAttendees(tx, visitId, fields.attendeeContactIds);
    if (fields.attachmentIds) {
      await deps.attachments.unlink(tx, visitPhotos(visitId), fields.attachmentIds);
      await deps.attachments.link(tx, { ...visitPhotos(visitId), attachmentIds: fields.attachmentIds });
    }
    await recordAudit(tx, actor, {
      action: 'visit.update',
      objectType: 'visit',
      objectId: visitId,
      data: { changed: Object.keys(fields) },
    });
  });
  return getVisit(tdb, deps, actor, visitId);
}

/** The owner may take a visit back on its day; an admin always may. */
export async function deleteVisit(
  tdb: TenantDb,
  deps: VisitDeps,
  actor: Actor,
  visitId: string,
): Promise<void> {
  const current = await visibleVisit(tdb, actor, visitId);
  authorize(canDeleteVisit(actor, current, sameDay(current)));
  await tdb.transaction(async (tx) => {
    await deps.attachments.unlink(tx, visitPhotos(visitId));
    await deleteVisitRow(tx, visitId);
    await recordAudit(tx, actor, {
      action: 'visit.delete',
      objectType: 'visit',
      objectId: visitId,
      data: { customerId: current.customer_id, visitedAt: current.visited_at, ownerId: current.owner_id },
    });
  });
}

/** The visit if it exists in the tenant and the actor may see it; otherwise 404, never a hint that it exists. */
export async function visibleVisit(tdb: TenantDb, actor: Actor, visitId: string): Promise<VisitRow> {
  const row = await findVisit(tdb, visitId);
  if (!row || !(await canSeeVisit(actor, row, () => isParticipant(tdb, row.id, actor.userId)))) {
    throw notFound();
  }
  return row;
}

export async function canReadVisit(tdb: TenantDb, actor: Actor, visitId: string): Promise<boolean> {
  return visibleVisit(tdb, actor, visitId).then(
    () => true,
    () => false,
  );
}

/**
 * A visit never moves before the day it was logged (unless it already lay there, written up the morning after):
 * otherwise a visit planned ahead could be moved back days later, keeping its edit window open for a back-date.
 */
function assertNotBackDated(current: VisitRow, visitedOn: string | undefined): void {
  const earliest = [current.visited_on, localDateOf(current.created_at)].sort()[0] ?? current.visited_on;
  if (visitedOn !== undefined && visitedOn < earliest) {
    throw new AppError('VALIDATION_FAILED', { visitedAt: field('visitedBeforeLogged') });
  }
}

/** A check-in proves where the rep is now, so it only counts for a visit on today's date (server time). */
function assertCheckInOnVisitDay(visitedOn: string, now: string): void {
  if (visitedOn !== localDateOf(now)) {
    throw new AppError('VALIDATION_FAILED', { checkIn: field('checkInOnVisitDay') });
  }
}

const sameDay = (row: VisitRow, now = nowIso()) =>
  isSameDay(row, localDateOf(now), localDateOf(row.created_at));

async function presentOne(tdb: TenantDb, deps: VisitDeps, actor: Actor, row: VisitRow): Promise<Visit> {
  const [visit] = await presentVisits(tdb, deps.attachments, actor, [row]);
  if (!visit) throw notFound();
  return visit;
}

export async function visibleCustomer(
  tdb: TenantDb,
  actor: Actor,
  customerId: string,
): Promise<CustomerSummary> {
  const [customer] = await customerSummaries(tdb, [customerId]);
  if (!customer || !canSeeCustomer(actor, customer)) throw notFound();
  return customer;
}
