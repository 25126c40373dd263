/**
 * Demo go-live promises: each running project's customer asks for the pool's leading unplanned requirement and needs it
 * for go-live, so the demo project shows an acceptance item and the UAT sign-off lists it.
 */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { customerSummaries } from '../features/customers/service';
import { recompute } from '../features/requirements/service';

/** Not planned yet: a go-live promise on such a requirement is exactly what the PM has to weigh. */
const unplanned = ['new', 'under_review'];

export async function seedDemoGoLive(tx: TenantDb, now: Date): Promise<void> {
  const running = await tx
    .selectFrom('impl_projects')
    .select('customer_id')
    .where('status', '=', 'active')
    .execute();
  const customers = await customerSummaries(
    tx,
    running.map((project) => project.customer_id),
  );
  const leading = await tx
    .selectFrom('requirements')
    .select(['id', 'impact', 'confidence', 'effort'])
    .where('status', 'in', unplanned)
    .orderBy('score', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!leading) return;
  for (const customer of customers) {
    await tx
      .insertInto('requirement_mentions', {
        id: newId(),
        client_id: newId(),
        requirement_id: leading.id,
        origin_requirement_id: leading.id,
        customer_id: customer.id,
        reporter_id: customer.owner_id,
        quote: '上线前一定要有，不然一线用不起来',
        importance: 'blocker',
        visit_id: null,
        project_id: null,
        go_live: 1,
        created_at: new Date(now.getTime() - 3 * 86_400_000).toISOString(),
      })
      .execute();
  }
  await recompute(tx, leading);
}
