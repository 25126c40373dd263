/**
 * Requirements seen from implementation: go-live requirements of the project's customer are its acceptance items,
 * and the customer's status page lists the requirements that customer raised (theirs only).
 */
import { acceptanceSources, customerRequirementSources } from '@server/features/implementation/acceptance';
import { requirementsOfCustomer } from './customer-links';

acceptanceSources.push(async (tdb, project) =>
  (await requirementsOfCustomer(tdb, project.customerId))
    .filter((r) => r.goLive)
    .map((r) => ({ id: r.id, title: r.title, status: r.status, source: 'requirement' })),
);

customerRequirementSources.push(async (tdb, customerId) =>
  (await requirementsOfCustomer(tdb, customerId)).map((r) => ({ title: r.title, status: r.status })),
);
