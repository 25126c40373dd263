/**
 * Where acceptance items and the status page's requirements come from: the composition root (server/app.ts)
 * connects the requirements feature's sources (requirements marked "must ship for go-live" for the project's
 * customer, and the customer's own requirements); unconnected, both lists are empty.
 */
import type { TenantDb } from '@server/core/db';
import type { AcceptanceItem } from '@shared/schemas/implementation';
import type { StatusPage } from '@shared/schemas/implementation-sharing';

export interface AcceptanceContext {
  projectId: string;
  customerId: string;
}

export type AcceptanceSource = (tdb: TenantDb, project: AcceptanceContext) => Promise<AcceptanceItem[]>;
export type CustomerRequirementSource = (
  tdb: TenantDb,
  customerId: string,
) => Promise<StatusPage['requirements']>;

export interface ProjectSources {
  acceptance: readonly AcceptanceSource[];
  customerRequirements: readonly CustomerRequirementSource[];
}

let connected: ProjectSources = { acceptance: [], customerRequirements: [] };

export function connectProjectSources(sources: ProjectSources): void {
  connected = sources;
}

export async function acceptanceItemsFor(
  tdb: TenantDb,
  project: AcceptanceContext,
): Promise<AcceptanceItem[]> {
  const lists = await Promise.all(connected.acceptance.map((source) => source(tdb, project)));
  return lists.flat();
}

export async function requirementsFor(
  tdb: TenantDb,
  customerId: string,
): Promise<StatusPage['requirements']> {
  const lists = await Promise.all(connected.customerRequirements.map((source) => source(tdb, customerId)));
  return lists.flat();
}
