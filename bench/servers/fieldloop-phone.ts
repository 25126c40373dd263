/**
 * Bench target for the phone first-load and Lighthouse measurements: the real app serving dist/miniapp, with a
 * session for a sales rep, an implementer and a PM of one demo tenant, and a customer and a project they open.
 */
import { TenantDb } from '@server/core/db';
import { bootDemoDatabase, demoUser, serve, signIn } from './boot';

const boot = await bootDemoDatabase('fieldloop-bench-phone-');
const rep = await demoUser(boot, 'sales');
const implementer = await demoUser(boot, 'implementer');
const pm = await demoUser(boot, 'pm');
const tdb = new TenantDb(boot.database.db, rep.tenantId);
const customer = await tdb
  .selectFrom('customers')
  .select('id')
  .where('owner_id', '=', rep.id)
  .executeTakeFirst();
const project = await new TenantDb(boot.database.db, implementer.tenantId)
  .selectFrom('impl_projects')
  .select('id')
  .where('status', '=', 'active')
  .executeTakeFirst();
await serve(boot, {
  token: await signIn(boot, rep, 1),
  implementerToken: await signIn(boot, implementer, 1),
  pmToken: await signIn(boot, pm, 1),
  customerId: customer?.id,
  projectId: project?.id,
});
