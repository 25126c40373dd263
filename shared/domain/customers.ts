/** Customer taxonomy from the product doc: size segment, value tier, co-creation flags, contact roles. */
import type { Role } from './roles';

export const segments = ['smb', 'mid', 'large'] as const;
export type Segment = (typeof segments)[number];

export const tiers = ['high', 'general', 'low'] as const;
export type Tier = (typeof tiers)[number];

export const customerFlags = ['coCreation', 'angel', 'benchmark'] as const;
export type CustomerFlag = (typeof customerFlags)[number];

export const contactRoles = ['decision_maker', 'user', 'it'] as const;
export type ContactRole = (typeof contactRoles)[number];

/** Who may start a new customer: reps, their managers and admins (the server enforces it; screens offer it). */
export const customerCreatorRoles: readonly Role[] = ['admin', 'manager', 'sales'];

export function mayCreateCustomers(role: Role): boolean {
  return customerCreatorRoles.includes(role);
}

export const customerSorts = ['-updatedAt', '-createdAt', 'name', '-contractValue'] as const;
export type CustomerSort = (typeof customerSorts)[number];
