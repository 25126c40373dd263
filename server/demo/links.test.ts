import { TenantDb } from '@server/core/db';
import { acceptanceItemsFor } from '@server/features/implementation/acceptance';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
});
afterAll(() => app.close());

describe('demo go-live promises', () => {
  it('gives a running demo project acceptance items from its customer’s requirements', async () => {
    const tenants = await app.database.db
      .selectFrom('tenants')
      .select('tenant_id')
      .where('is_demo', '=', 1)
      .execute();
    for (const { tenant_id } of tenants) {
      const tdb = new TenantDb(app.database.db, tenant_id);
      const projects = await tdb
        .selectFrom('impl_projects')
        .select(['id', 'customer_id'])
        .where('status', '=', 'active')
        .execute();
      const items = await Promise.all(
        projects.map((p) => acceptanceItemsFor(tdb, { projectId: p.id, customerId: p.customer_id })),
      );
      expect(items.flat().length).toBeGreaterThan(0);
    }
  });
});
