/**
 * Requirements seen from implementation: go-live requirements of the project's customer are its acceptance items,
 * and the customer's status page lists the requirements that customer raised (theirs only). Connected to
 * implementation in server/app.ts.
 */
import type { TenantDb } from '@server/core/db';
import { requirementsOfCustomer } from './customer-links';

export async function goLiveAcceptanceItems(tdb: TenantDb, project: { customerId: string }) {
  return (await requirementsOfCustomer(tdb, project.customerId))
    .filter((r) => r.goLive)
    .map((r) => ({ id: r.id, title: r.title, status: r.status, source: 'requirement' as const }));
}

export async function statusPageRequirements(tdb: TenantDb, customerId: string) {
  return (await requirementsOfCustomer(tdb, customerId)).map((r) => ({ title: r.title, status: r.status }));
}
