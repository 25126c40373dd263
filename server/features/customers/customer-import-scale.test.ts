/** Customer import at the row limit (10,000 spreadsheet rows, each with a contact), and two imports at once. */
import { spreadsheetLimits } from '@server/core/spreadsheets';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { countsOf, csvOf, postImport } from '@test/helpers/customer-import';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** A sheet of `count` customers, one contact each; the header makes it `count + 1` spreadsheet rows. */
function sheetOf(count: number, owner: string): string {
  const rows = Array.from({ length: count }, (_, i) => [
    `华东客户${String(i).padStart(5, '0')}有限公司`,
    i % 3 === 0 ? '制造业' : '零售',
    ['高价值', '一般', '低价值'][i % 3] ?? '一般',
    ['小微', '中型', '大型'][i % 3] ?? '小微',
    owner,
    `联系人${i}`,
    `138${String(i).padStart(8, '0')}`,
  ]);
  return csvOf([['客户名称', '行业', '客户等级', '规模', '负责人', '联系人', '手机'], ...rows]);
}

describe('POST /api/v1/imports/customers at scale', () => {
  it('imports 10,000 spreadsheet rows with contacts in seconds, and re-imports them without duplicates', async () => {
    const tenant = await makeTenant(app);
    const manager = await makeUser(tenant, 'manager', '王建国');
    const count = spreadsheetLimits.rows - 1;
    const file = sheetOf(count, manager.name);
    const started = performance.now();
    const first = await postImport(app.url, manager.token, file);
    const firstMs = performance.now() - started;
    expect(first).toMatchObject({ status: 201, body: { created: count, updated: 0 } });
    expect(firstMs).toBeLessThan(15_000);
    const again = await postImport(app.url, manager.token, file);
    expect(again).toMatchObject({ status: 201, body: { created: 0, updated: count } });
    expect(await countsOf(tenant.tdb)).toEqual({ customers: count, contacts: count });
  }, 60_000);

  it('creates a new customer once when two imports of it run at the same time', async () => {
    const tenant = await makeTenant(app);
    const manager = await makeUser(tenant, 'manager');
    const admin = await makeUser(tenant, 'admin');
    const file = sheetOf(300, manager.name);
    const answers = await Promise.all([
      postImport(app.url, manager.token, file),
      postImport(app.url, admin.token, file),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    const created = answers.map((answer) => (answer.body as { created: number }).created);
    expect(created.sort((a, b) => a - b)).toEqual([0, 300]);
    expect(await countsOf(tenant.tdb)).toEqual({ customers: 300, contacts: 300 });
  }, 60_000);
});
