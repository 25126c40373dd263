/** Seeds the two demo tenants (示例科技, 演示软件) once: people of every role, 40 customers each, their contacts. */
import { type RootDb, TenantDb } from '@server/core/db';
import { hasDemoTenant, insertTenant } from '@server/core/db/unscoped';
import { newId } from '@server/core/ids';
import { importCustomer } from '../features/customers/service';
import { addPeople } from '../features/users/service';
import { seedImplementationDemo } from './implementation';
import { seedDemoRequirements } from './requirements';
import { shiliTenant } from './tenant-shili';
import { yanshiTenant } from './tenant-yanshi';
import type { DemoTenant } from './types';
import { seedDemoVisits } from './visits';

const dayMs = 86_400_000;

/** Answers whether it seeded; a database that already has the demo tenants is left alone. */
export async function seedDemoOnce(db: RootDb, now = new Date()): Promise<boolean> {
  if (await hasDemoTenant(db)) return false;
  for (const tenant of [shiliTenant, yanshiTenant]) await seedTenant(db, tenant, now);
  return true;
}

async function seedTenant(db: RootDb, demo: DemoTenant, now: Date): Promise<void> {
  const tenantId = newId();
  const founded = new Date(now.getTime() - 400 * dayMs).toISOString();
  await insertTenant(db, { tenantId, name: demo.name, isDemo: true, createdAt: founded });
  await new TenantDb(db, tenantId).transaction(async (tx) => {
    const ids = await addPeople(tx, demo.users, founded);
    const idByKey = new Map(demo.users.map((user, index) => [user.key, ids[index]]));
    for (const [index, customer] of demo.customers.entries()) {
      const ownerId = idByKey.get(customer.ownerKey);
      if (!ownerId) throw new Error(`demo customer ${customer.name} has unknown owner ${customer.ownerKey}`);
      const created = now.getTime() - (index * 7 + 3) * dayMs;
      const { contacts, ownerKey: _ownerKey, ...fields } = customer;
      await importCustomer(tx, { ...fields, ownerId }, contacts, {
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(created + 2 * dayMs).toISOString(),
      });
    }
    await seedDemoVisits(tx, now);
    await seedImplementationDemo(tx, idByKey, now);
    await seedDemoRequirements(tx, idByKey, now);
  });
}
