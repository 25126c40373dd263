/** What the 拜访 tab and the customer page read besides visits: follow-ups due, customer suggestions, the timeline. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { nowIso } from '@server/core/ids';
import { localDateOf, startOfLocalDay } from '@shared/domain/clock';
import { addDays, distanceMeters, type VisitKind, visitStatusOf } from '@shared/domain/visits';
import type {
  CustomerSuggestion,
  CustomerSuggestions,
  CustomerTimeline,
  FollowUpDue,
  FollowUpState,
  TimelineEntry,
} from '@shared/schemas/visits';
import { type CustomerSummary, customerSummaries, customersInBox } from '../customers/service';
import { namesOf } from '../users/service';
import { visitSources } from './extensions';
import { canFilterByOwner, suggestedCustomerOwnerFor } from './policy';
import { presentVisits } from './present';
import { findOpenFollowUps } from './reminder-queries';
import { findCustomerVisits, findRecentCustomerIds, type VisitRow } from './repo';
import { type VisitDeps, visibleCustomer } from './service';

const followUpHorizonDays = 7;

export function followUpStateOf(followUpAt: string, today: string): FollowUpState {
  if (followUpAt < today) return 'overdue';
  return followUpAt === today ? 'today' : 'upcoming';
}

/** My open follow-ups up to a week ahead; a manager's list is the team's (team = tenant for now). */
export async function listFollowUps(tdb: TenantDb, actor: Actor): Promise<{ items: FollowUpDue[] }> {
  const now = nowIso();
  const today = localDateOf(now);
  const rows = await findOpenFollowUps(tdb, {
    ownerId: canFilterByOwner(actor) ? null : actor.userId,
    until: addDays(today, followUpHorizonDays),
    now,
    limit: 200,
  });
  const [customers, owners] = await Promise.all([
    customerNames(tdb, rows),
    namesOf(
      tdb,
      rows.map((row) => row.owner_id),
    ),
  ]);
  return {
    items: rows.map((row) => ({
      visitId: row.id,
      customer: { id: row.customer_id, name: customers.get(row.customer_id) ?? '' },
      owner: { id: row.owner_id, name: owners.get(row.owner_id) ?? '' },
      followUpAt: row.follow_up_at ?? today,
      state: followUpStateOf(row.follow_up_at ?? today, today),
      nextStep: row.next_step,
      visitedAt: row.visited_at,
    })),
  };
}

async function customerNames(tdb: TenantDb, rows: VisitRow[]): Promise<Map<string, string>> {
  const places = await customerSummaries(
    tdb,
    rows.map((row) => row.customer_id),
  );
  return new Map(places.map((place) => [place.id, place.name]));
}

const suggestionCount = 8;
/** How far "nearby" reaches: a box of about this many kilometres each way around the rep. */
const nearbyKm = 20;

function suggestion(place: CustomerSummary, extra: Partial<CustomerSuggestion>): CustomerSuggestion {
  return {
    id: place.id,
    name: place.name,
    address: place.address,
    lastVisitedAt: null,
    distanceMeters: null,
    ...extra,
  };
}

/** Customers I visited lately, and the nearest ones by saved location (a bounding box, then haversine). */
export async function suggestCustomers(
  tdb: TenantDb,
  actor: Actor,
  near: { lat?: number | undefined; lng?: number | undefined },
): Promise<CustomerSuggestions> {
  const onlyOwn = suggestedCustomerOwnerFor(actor);
  const recentRows = await findRecentCustomerIds(tdb, actor.userId, suggestionCount * 2);
  const recentPlaces = new Map(
    (
      await customerSummaries(
        tdb,
        recentRows.map((row) => row.customer_id),
      )
    ).map((place) => [place.id, place]),
  );
  const here = near.lat !== undefined && near.lng !== undefined ? { lat: near.lat, lng: near.lng } : null;
  const distanceTo = (place: CustomerSummary) =>
    here && place.lat !== null && place.lng !== null
      ? Math.round(distanceMeters(here, { lat: place.lat, lng: place.lng }))
      : null;
  const recent = recentRows
    .flatMap((row) => {
      const place = recentPlaces.get(row.customer_id);
      if (!place || (onlyOwn && place.owner_id !== onlyOwn)) return [];
      return [suggestion(place, { lastVisitedAt: row.last_visited_at, distanceMeters: distanceTo(place) })];
    })
    .slice(0, suggestionCount);
  if (!here) return { recent, nearby: [] };
  const latSpan = nearbyKm / 111;
  const lngSpan = nearbyKm / (111 * Math.max(Math.cos((here.lat * Math.PI) / 180), 0.01));
  const inBox = await customersInBox(
    tdb,
    {
      minLat: here.lat - latSpan,
      maxLat: here.lat + latSpan,
      minLng: here.lng - lngSpan,
      maxLng: here.lng + lngSpan,
    },
    onlyOwn,
  );
  const nearby = inBox
    .map((place) => suggestion(place, { distanceMeters: distanceTo(place) }))
    .sort((a, b) => (a.distanceMeters ?? 0) - (b.distanceMeters ?? 0))
    .slice(0, suggestionCount);
  return { recent, nearby };
}

const timelineLimit = 50;

/** The visits' own timeline entries: each visit, its photos, and its follow-up. */
async function visitTimeline(
  tdb: TenantDb,
  deps: VisitDeps,
  actor: Actor,
  customerId: string,
  now: string,
): Promise<TimelineEntry[]> {
  const rows = await findCustomerVisits(tdb, customerId, timelineLimit);
  const visits = await presentVisits(tdb, deps.attachments, actor, rows, new Date(now));
  const today = localDateOf(now);
  return visits.flatMap((visit, i): TimelineEntry[] => {
    const laterVisit = visits.slice(0, i).some((later) => later.status === 'done');
    const entries: TimelineEntry[] = [
      {
        type: 'visit',
        at: visit.visitedAt,
        visit: {
          id: visit.id,
          kind: visit.kind as VisitKind,
          status: visitStatusOf(visit.visitedAt, now),
          visitedAt: visit.visitedAt,
          purpose: visit.purpose,
          outcome: visit.outcome,
          nextStep: visit.nextStep,
          owner: visit.owner,
          checkIn: visit.checkIn,
          evidence: visit.evidence,
        },
      },
      ...visit.photos.map(
        (photo): TimelineEntry => ({ type: 'photo', at: visit.visitedAt, visitId: visit.id, photo }),
      ),
    ];
    if (visit.followUpAt) {
      entries.push({
        type: 'followUp',
        at: startOfLocalDay(visit.followUpAt),
        visitId: visit.id,
        followUpAt: visit.followUpAt,
        state: laterVisit ? 'done' : followUpStateOf(visit.followUpAt, today),
        nextStep: visit.nextStep,
        owner: visit.owner,
      });
    }
    return entries;
  });
}

/**
 * The customer's story, newest first (everyone who may see the customer sees all its visits here): visits, photos
 * and follow-ups, then the timeline sources other features contribute (requirements, implementation status).
 */
export async function customerTimeline(
  tdb: TenantDb,
  deps: VisitDeps,
  actor: Actor,
  customerId: string,
): Promise<CustomerTimeline> {
  await visibleCustomer(tdb, actor, customerId);
  const now = nowIso();
  const sources = [
    () => visitTimeline(tdb, deps, actor, customerId, now),
    ...visitSources().timelineSources.map(
      (source) => () => source(tdb, customerId, { limit: timelineLimit, now }),
    ),
  ];
  const entries = (await Promise.all(sources.map((source) => source()))).flat();
  entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return { items: entries.slice(0, timelineLimit * 3) };
}
