/** Bench target: the real app on a fresh database with the demo data, signed in as a sales manager and as a rep. */
import { sql } from '@server/core/db';
import { bootDemoDatabase, demoUser, queryPlan, repVisitListPlan, serve, signIn } from './boot';

const boot = await bootDemoDatabase('fieldloop-bench-');
const manager = await demoUser(boot, 'manager');
const rep = await demoUser(boot, 'sales');
/** The customer list's first page as the customers repository asks for it (a manager sees the whole tenant). */
const customerPlan = await queryPlan(
  boot,
  sql`select * from customers where tenant_id = ${manager.tenantId} and archived_at is null
     order by updated_at desc, id desc limit 21`,
);
await serve(boot, {
  token: await signIn(boot, manager, 1),
  repToken: await signIn(boot, rep, 1),
  customerPlan,
  visitPlan: await repVisitListPlan(boot, rep),
});
