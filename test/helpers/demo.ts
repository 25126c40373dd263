/** What the demo seed made, read back for the demo tests. */
import type { TestApp } from './app';

/** The ids of the demo tenants (示例科技 and 演示软件) of an app started with `seedDemo`. */
export async function demoTenantIds(app: TestApp): Promise<string[]> {
  const rows = await app.database.db
    .selectFrom('tenants')
    .select('tenant_id')
    .where('is_demo', '=', 1)
    .execute();
  return rows.map((row) => row.tenant_id);
}
