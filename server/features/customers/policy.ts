/** Who may see and change customers: reps work their own accounts; managers, PMs and admins see the whole tenant. */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';
import { mayCreateCustomers } from '@shared/domain/customers';
import type { Role } from '@shared/domain/roles';

interface OwnedCustomer {
  owner_id: string;
}

/** Who can own an account: reps, their managers, and admins of small vendors who sell themselves. */
export const ownerRoles: readonly Role[] = ['sales', 'manager', 'admin'];

/** Sales reps only ever see their own customers; for everyone else this is null (no owner restriction). */
export const visibleOwnerFor = (actor: Actor): string | null =>
  actor.role === 'sales' ? actor.userId : null;

export const canSeeCustomer = (actor: Actor, customer: OwnedCustomer): boolean =>
  actor.role !== 'sales' || customer.owner_id === actor.userId;

export const canCreateCustomer = (actor: Actor): boolean => mayCreateCustomers(actor.role);

export const canUpdateCustomer = (actor: Actor, customer: OwnedCustomer): boolean =>
  hasRole(actor, 'admin', 'manager') || (actor.role === 'sales' && customer.owner_id === actor.userId);

export const canArchiveCustomer = (actor: Actor): boolean => hasRole(actor, 'admin', 'manager');

export const canAssignOwner = (actor: Actor): boolean => hasRole(actor, 'admin', 'manager');

/** Importing writes across every rep's accounts (owners included), so it is for those who may assign owners. */
export const canImportCustomers = (actor: Actor): boolean => hasRole(actor, 'admin', 'manager');
