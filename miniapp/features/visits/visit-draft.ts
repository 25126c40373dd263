/** The visit being written, as kept on the phone between keystrokes, and the request it becomes when sent. */
import type { VisitKind } from '@shared/domain/visits';
import type { Visit, VisitCreate, VisitUpdate } from '@shared/schemas/visits';

export interface NamedRef {
  id: string;
  name: string;
}

/** What the phone read at check-in; the server stamps its own time and works out the distance. */
export interface CheckInFix {
  lat: number;
  lng: number;
  accuracy: number;
  address: string | null;
  isFresh: boolean;
  isMock: boolean;
  source: string;
  readAt: string;
}

export interface VisitDraft {
  clientId: string;
  customer: NamedRef | null;
  kind: VisitKind | null;
  /** null: "now", decided when the visit is sent. */
  visitedAt: string | null;
  purpose: string;
  participants: NamedRef[];
  attendeeContactIds: string[];
  notes: string;
  outcome: string;
  nextStep: string;
  /** YYYY-MM-DD in the tenant's time zone. */
  followUpAt: string | null;
  checkIn: CheckInFix | null;
  photos: Blob[];
}

export function blankDraft(customer: NamedRef | null = null): VisitDraft {
  return {
    clientId: crypto.randomUUID(),
    customer,
    kind: null,
    visitedAt: null,
    purpose: '',
    participants: [],
    attendeeContactIds: [],
    notes: '',
    outcome: '',
    nextStep: '',
    followUpAt: null,
    checkIn: null,
    photos: [],
  };
}

/**
 * Whether the rep entered anything worth keeping. The customer alone is not: the customer page presets it, and a
 * draft of nothing but that would come back as "restored" on the next visit.
 */
export function hasVisitContent(draft: VisitDraft): boolean {
  return (
    draft.kind !== null ||
    draft.visitedAt !== null ||
    draft.followUpAt !== null ||
    draft.checkIn !== null ||
    draft.photos.length > 0 ||
    draft.participants.length > 0 ||
    draft.attendeeContactIds.length > 0 ||
    [draft.purpose, draft.notes, draft.outcome, draft.nextStep].some((text) => text.trim() !== '')
  );
}

/** Only what the rep entered goes out: blank text is left off rather than sent as "". */
export function createBodyOf(draft: VisitDraft): Partial<VisitCreate> {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const body = {
    clientId: draft.clientId,
    customerId: draft.customer?.id,
    kind: draft.kind ?? undefined,
    visitedAt: draft.visitedAt ?? undefined,
    purpose: text(draft.purpose),
    notes: text(draft.notes),
    outcome: text(draft.outcome),
    nextStep: text(draft.nextStep),
    followUpAt: draft.followUpAt ?? undefined,
    participantIds: draft.participants.length > 0 ? draft.participants.map((person) => person.id) : undefined,
    attendeeContactIds: draft.attendeeContactIds.length > 0 ? draft.attendeeContactIds : undefined,
    checkIn:
      draft.kind === 'onsite' && draft.checkIn
        ? {
            lat: draft.checkIn.lat,
            lng: draft.checkIn.lng,
            accuracy: draft.checkIn.accuracy,
            address: draft.checkIn.address,
            isFresh: draft.checkIn.isFresh,
            isMock: draft.checkIn.isMock,
            source: draft.checkIn.source,
          }
        : undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/** A one-line name for the waiting list, kind first so a long customer name cut short still says which visit. */
export function labelOf(draft: VisitDraft, kindLabel: string): string {
  return draft.customer ? `${kindLabel} · ${draft.customer.name}` : kindLabel;
}

/** A saved visit as an editable draft (its check-in and photos stay as recorded). */
export function draftOfVisit(visit: Visit): VisitDraft {
  return {
    clientId: visit.id,
    customer: visit.customer,
    kind: visit.kind,
    visitedAt: visit.visitedAt,
    purpose: visit.purpose ?? '',
    participants: visit.participants.map((person) => ({ id: person.id, name: person.name })),
    attendeeContactIds: visit.attendees.map((attendee) => attendee.id),
    notes: visit.notes ?? '',
    outcome: visit.outcome ?? '',
    nextStep: visit.nextStep ?? '',
    followUpAt: visit.followUpAt,
    checkIn: null,
    photos: [],
  };
}

/** An edit sends every editable field (blank text clears it) and the version it started from. */
export function updateBodyOf(draft: VisitDraft, version: number): VisitUpdate {
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    kind: draft.kind ?? undefined,
    visitedAt: draft.visitedAt ?? undefined,
    purpose: text(draft.purpose),
    notes: text(draft.notes),
    outcome: text(draft.outcome),
    nextStep: text(draft.nextStep),
    followUpAt: draft.followUpAt,
    participantIds: draft.participants.map((person) => person.id),
    attendeeContactIds: draft.attendeeContactIds,
    version,
  };
}
