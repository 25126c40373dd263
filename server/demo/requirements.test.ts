import { TenantDb } from '@server/core/db';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { demoTenantIds } from '@test/helpers/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
});
afterAll(() => app.close());

describe('demo requirements', () => {
  it('gives each demo tenant a scored pool with decisions, a merged duplicate and a promise', async () => {
    const tenantIds = await demoTenantIds(app);
    expect(tenantIds).toHaveLength(2);
    for (const tenantId of tenantIds) {
      const tdb = new TenantDb(app.database.db, tenantId);
      const rows = await tdb
        .selectFrom('requirements')
        .select(['title', 'status', 'score', 'mention_count'])
        .execute();
      expect(rows).toHaveLength(9);
      expect(rows.filter((r) => r.status === 'merged')).toHaveLength(1);
      expect(rows.find((r) => r.title === '订单列表支持导出Excel')).toMatchObject({
        status: 'planned',
        mention_count: 4,
      });
      expect(rows.every((r) => r.status === 'merged' || r.score > 0)).toBe(true);
      expect(await tdb.selectFrom('requirement_commitments').select('id').execute()).toHaveLength(1);
    }
  });
});
