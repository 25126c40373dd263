/** One customer's value loop for the customer page: its requirements to the telling, its projects, its visits. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import type { CustomerLoop } from '@shared/schemas/insight';
import { getCustomer } from '../customers/service';
import { customerProjectsLoop } from '../implementation/service';
import { requirementsAskedBy } from '../requirements/service';
import { namesOf } from '../users/service';
import { latestVisitsOf } from '../visits/service';

const visitCount = 10;

/** Whoever may open the customer sees its loop; anyone else gets 404, as for the customer itself. */
export async function customerLoop(
  tdb: TenantDb,
  actor: Actor,
  customerId: string,
  now = new Date(),
): Promise<CustomerLoop> {
  const customer = await getCustomer(tdb, actor, customerId);
  const [requirements, projects, visits] = await Promise.all([
    requirementsAskedBy(tdb, customerId),
    customerProjectsLoop(tdb, customerId),
    latestVisitsOf(tdb, customerId, now.toISOString(), visitCount),
  ]);
  const names = await namesOf(
    tdb,
    visits.map((visit) => visit.owner_id),
  );
  return {
    customer: { id: customer.id, name: customer.name },
    requirements: requirements.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status as CustomerLoop['requirements'][number]['status'],
      firstMentionAt: row.first_mention_at,
      decidedAt: row.decided_at,
      toldAt: row.told_at,
    })),
    projects,
    visits: visits.map((visit) => ({
      id: visit.id,
      visitedAt: visit.visited_at,
      kind: visit.kind,
      owner: { id: visit.owner_id, name: names.get(visit.owner_id) ?? '' },
      purpose: visit.purpose,
      nextStep: visit.next_step,
    })),
  };
}
