/** Request shapes → stored columns: the one place visit input (and the check-in the server completes) is mapped. */
import { localDateOf } from '@shared/domain/clock';
import { distanceMeters, isCheckInFlagged } from '@shared/domain/visits';
import type { checkInInput, visitCreate, visitUpdate } from '@shared/schemas/visits';
import type { z } from 'zod';
import type { CustomerSummary } from '../customers/service';
import type { VisitColumns } from './repo';

type CreateInput = z.output<typeof visitCreate>;
type UpdateInput = z.output<typeof visitUpdate>;
type CheckInColumns = Pick<
  VisitColumns,
  | 'check_in_lat'
  | 'check_in_lng'
  | 'check_in_accuracy'
  | 'check_in_address'
  | 'check_in_at'
  | 'check_in_distance'
  | 'check_in_flagged'
  | 'check_in_fresh'
  | 'check_in_mock'
  | 'check_in_source'
>;

const noCheckIn: CheckInColumns = {
  check_in_lat: null,
  check_in_lng: null,
  check_in_accuracy: null,
  check_in_address: null,
  check_in_at: null,
  check_in_distance: null,
  check_in_flagged: 0,
  check_in_fresh: null,
  check_in_mock: null,
  check_in_source: null,
};

/** The phone's fix, stamped with the server's time, measured against the customer's saved location. */
export function checkInColumns(
  input: z.output<typeof checkInInput>,
  customer: Pick<CustomerSummary, 'lat' | 'lng'>,
  now: string,
): CheckInColumns {
  const distance =
    customer.lat !== null && customer.lng !== null
      ? distanceMeters({ lat: input.lat, lng: input.lng }, { lat: customer.lat, lng: customer.lng })
      : null;
  const isMock = input.isMock === true;
  return {
    check_in_lat: input.lat,
    check_in_lng: input.lng,
    check_in_accuracy: input.accuracy,
    check_in_address: input.address ?? null,
    check_in_at: now,
    check_in_distance: distance,
    check_in_flagged: isCheckInFlagged({ distanceMeters: distance, accuracy: input.accuracy, isMock })
      ? 1
      : 0,
    check_in_fresh: input.isFresh === undefined ? null : input.isFresh ? 1 : 0,
    check_in_mock: isMock ? 1 : 0,
    check_in_source: input.source ?? null,
  };
}

export function columnsForCreate(
  input: CreateInput,
  context: { ownerId: string; customer: Pick<CustomerSummary, 'lat' | 'lng'>; now: string },
): VisitColumns {
  const visitedAt = input.visitedAt ? new Date(input.visitedAt).toISOString() : context.now;
  return {
    client_id: input.clientId,
    customer_id: input.customerId,
    owner_id: context.ownerId,
    kind: input.kind,
    visited_at: visitedAt,
    visited_on: localDateOf(visitedAt),
    purpose: input.purpose ?? null,
    notes: input.notes ?? null,
    outcome: input.outcome ?? null,
    next_step: input.nextStep ?? null,
    follow_up_at: input.followUpAt ?? null,
    ...(input.checkIn ? checkInColumns(input.checkIn, context.customer, context.now) : noCheckIn),
    version: 1,
    created_at: context.now,
    updated_at: context.now,
  };
}

/** Only the fields present in the input; absent fields stay as they are. */
export function columnsForChanges(
  input: Omit<UpdateInput, 'version'>,
  context: { customer: Pick<CustomerSummary, 'lat' | 'lng'>; now: string },
): Partial<VisitColumns> {
  const changes: Partial<VisitColumns> = { updated_at: context.now };
  if (input.kind !== undefined) changes.kind = input.kind;
  if (input.visitedAt !== undefined) {
    const visitedAt = new Date(input.visitedAt).toISOString();
    Object.assign(changes, { visited_at: visitedAt, visited_on: localDateOf(visitedAt) });
  }
  if (input.purpose !== undefined) changes.purpose = input.purpose;
  if (input.notes !== undefined) changes.notes = input.notes;
  if (input.outcome !== undefined) changes.outcome = input.outcome;
  if (input.nextStep !== undefined) changes.next_step = input.nextStep;
  if (input.followUpAt !== undefined) changes.follow_up_at = input.followUpAt;
  if (input.checkIn !== undefined)
    Object.assign(changes, checkInColumns(input.checkIn, context.customer, context.now));
  return changes;
}
