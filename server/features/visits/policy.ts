/**
 * Who may see and change visits. Reps see the visits they own or took part in; managers and admins see the whole
 * tenant (there are no teams yet: team = tenant); PMs and implementers read the visits of the customers they can
 * see, which today is every customer. Edits belong to the owner until the visit's day is over.
 */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';
import { visibleOwnerFor } from '../customers/service';

export interface OwnedVisit {
  owner_id: string;
  visited_on: string;
  created_at: string;
  check_in_at: string | null;
  kind: string;
}

/** Sales reps only ever see their own visits (and ones they joined); null means the whole tenant. */
export const visibleVisitsFor = (actor: Actor): string | null =>
  actor.role === 'sales' ? actor.userId : null;

/** `isListedOn` is asked only when it decides: a rep looking at someone else's visit. */
export const canSeeVisit = async (
  actor: Actor,
  visit: OwnedVisit,
  isListedOn: () => Promise<boolean>,
): Promise<boolean> => actor.role !== 'sales' || visit.owner_id === actor.userId || isListedOn();

/** Reps and managers log visits (and admins of small vendors who sell themselves). */
export const canLogVisit = (actor: Actor): boolean => hasRole(actor, 'sales', 'manager', 'admin');

/** Managers and admins may look at one person's visits; a rep's list is always their own. */
export const canFilterByOwner = (actor: Actor): boolean => hasRole(actor, 'manager', 'admin');

/** Visits are logged at customers one may see, so suggestions are a rep's own accounts (null: any owner's). */
export const suggestedCustomerOwnerFor = visibleOwnerFor;

/**
 * "The same day": while the visit's own local day has not ended (so a planned visit stays editable until it
 * has happened), and on the local day it was logged (a visit written up the morning after).
 */
export function isSameDay(visit: OwnedVisit, today: string, createdOn: string): boolean {
  return today <= visit.visited_on || today === createdOn;
}

export const canUpdateVisit = (actor: Actor, visit: OwnedVisit, sameDay: boolean): boolean =>
  visit.owner_id === actor.userId && sameDay;

export const canDeleteVisit = (actor: Actor, visit: OwnedVisit, sameDay: boolean): boolean =>
  actor.role === 'admin' || (visit.owner_id === actor.userId && sameDay);

/** A check-in is taken once, on site, by the owner on the day. */
export const canCheckIn = (actor: Actor, visit: OwnedVisit, sameDay: boolean): boolean =>
  canUpdateVisit(actor, visit, sameDay) && visit.kind === 'onsite' && visit.check_in_at === null;
