import { startTestApp, type TestApp } from '@test/helpers/app';
import { demoTenantIds } from '@test/helpers/demo';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
});
afterAll(() => app.close());

describe('demo implementation data', () => {
  it('gives each demo tenant the standard templates and three projects of different health', async () => {
    const tenantIds = await demoTenantIds(app);
    expect(tenantIds).toHaveLength(2);
    for (const tenantId of tenantIds) {
      const templates = await app.database.db
        .selectFrom('impl_templates')
        .select('name')
        .where('tenant_id', '=', tenantId)
        .execute();
      expect(templates.map((t) => t.name).sort()).toEqual(['中大型企业标准实施', '中小企业零交付上线']);
      const projects = await app.database.db
        .selectFrom('impl_projects')
        .select('id')
        .where('tenant_id', '=', tenantId)
        .execute();
      expect(projects).toHaveLength(3);
      const blocked = await app.database.db
        .selectFrom('impl_tasks')
        .select('blocker')
        .where('tenant_id', '=', tenantId)
        .where('blocker', 'is not', null)
        .execute();
      expect(blocked).toHaveLength(1);
    }
  });
});
