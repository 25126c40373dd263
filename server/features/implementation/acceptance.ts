/**
 * Where acceptance items and the status page's requirements come from. The requirements feature registers a source
 * here (requirements marked "must ship for go-live" for the project's customer); until then both lists are empty.
 */
import type { TenantDb } from '@server/core/db';
import type { AcceptanceItem, StatusPage } from '@shared/schemas/implementation';

export interface AcceptanceContext {
  projectId: string;
  customerId: string;
}

export type AcceptanceSource = (tdb: TenantDb, project: AcceptanceContext) => Promise<AcceptanceItem[]>;
export type CustomerRequirementSource = (
  tdb: TenantDb,
  customerId: string,
) => Promise<StatusPage['requirements']>;

export const acceptanceSources: AcceptanceSource[] = [];
export const customerRequirementSources: CustomerRequirementSource[] = [];

export async function acceptanceItemsFor(
  tdb: TenantDb,
  project: AcceptanceContext,
): Promise<AcceptanceItem[]> {
  const lists = await Promise.all(acceptanceSources.map((source) => source(tdb, project)));
  return lists.flat();
}

export async function requirementsFor(
  tdb: TenantDb,
  customerId: string,
): Promise<StatusPage['requirements']> {
  const lists = await Promise.all(customerRequirementSources.map((source) => source(tdb, customerId)));
  return lists.flat();
}
