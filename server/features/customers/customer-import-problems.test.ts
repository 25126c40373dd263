/** POST /api/v1/imports/customers: problems are reported at the row and column the spreadsheet shows, and nothing is written. */
import type { CustomerImportPreview } from '@shared/schemas/customers-import';
import { startTestApp, type TestApp } from '@test/helpers/app';
import {
  countsOf,
  csvOf,
  header,
  hengchuan,
  type ImportOptions,
  importTeam,
  postImport,
} from '@test/helpers/customer-import';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const team = () => importTeam(app);

const send = (user: TestUser | undefined, file: Uint8Array | string, options?: ImportOptions) =>
  postImport(app.url, user?.token, file, options);

describe('POST /api/v1/imports/customers: problems', () => {
  it('answers 422 with every row problem, at the row and column the spreadsheet shows, and writes nothing', async () => {
    const { tenant, manager, rep } = await team();
    await makeCustomer(rep, { name: '已有客户' });
    const before = await countsOf(tenant.tdb);
    const file = csvOf([
      header,
      hengchuan,
      ['南京云帆科技', '软件', '超级VIP', '中型', '', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '赵六', '', '', '', '', '', ''],
      ['合肥长江', '', '', '', '查无此人', '', 'abc', '', '', '', '也许', '很多'],
    ]);
    const res = await send(manager, file);
    expect(res.status).toBe(422);
    const error = (
      res.body as { error: { code: string; message: string; rows: unknown[]; errorCount: number } }
    ).error;
    expect(error).toMatchObject({
      code: 'IMPORT_ROWS_INVALID',
      message: '表格中有 6 处问题，没有导入任何数据',
    });
    expect(error.rows).toEqual([
      { row: 3, column: 'C', header: '客户等级', message: expect.stringContaining('超级VIP') },
      { row: 4, column: 'A', header: '客户名称', message: '客户名称必填' },
      { row: 5, column: 'E', header: '负责人', message: expect.stringContaining('查无此人') },
      { row: 5, column: 'F', header: '联系人', message: '填写了联系人信息，但缺少联系人姓名' },
      { row: 5, column: 'K', header: '共创', message: expect.stringContaining('也许') },
      { row: 5, column: 'L', header: '合同金额', message: expect.stringContaining('很多') },
    ]);
    expect(error.errorCount).toBe(6);
    expect(await countsOf(tenant.tdb)).toEqual(before);
  });

  it('lists the same problems in the preview, in English for an English speaker', async () => {
    const { manager } = await team();
    const file = csvOf([
      ['客户名称', '手机'],
      ['南京云帆科技', '12'],
    ]);
    const res = await postImport(app.url, manager.token, file, { dryRun: true });
    expect((res.body as CustomerImportPreview).rows).toEqual([
      { row: 2, column: null, header: null, message: '填写了联系人信息，但缺少联系人姓名' },
    ]);
    const english = await fetch(`${app.url}/api/v1/imports/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.token}`, 'accept-language': 'en' },
      body: (() => {
        const form = new FormData();
        form.append('file', new Blob([file]), 'customers.csv');
        return form;
      })(),
    });
    expect(await english.json()).toMatchObject({
      error: { rows: [{ row: 2, column: null, message: 'Contact details without the contact’s name' }] },
    });
  });

  it('cannot find an owner in another company, even by the same name', async () => {
    const { manager } = await team();
    const stranger = await makeUser(await makeTenant(app), 'sales', '外企销售');
    const res = await send(
      manager,
      csvOf([
        ['客户名称', '负责人'],
        ['无锡新程', stranger.name],
      ]),
    );
    expect(res).toMatchObject({
      status: 422,
      body: { error: { rows: [{ row: 2, column: 'B', message: expect.stringContaining('外企销售') }] } },
    });
  });

  it('refuses a file that is not a spreadsheet, a missing file and one over the size limit', async () => {
    const { tenant, manager } = await team();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await send(manager, png, { filename: 'photo.csv' })).toMatchObject({
      status: 422,
      body: { error: { code: 'SPREADSHEET_UNREADABLE' } },
    });
    const noFile = await fetch(`${app.url}/api/v1/imports/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.token}` },
      body: new FormData(),
    });
    expect(noFile.status).toBe(400);
    const huge = `${csvOf([header])}\r\n${'苏州恒川精密,制造业\r\n'.repeat(120_000)}`;
    expect(await send(manager, huge)).toMatchObject({
      status: 413,
      body: { error: { code: 'SPREADSHEET_TOO_LARGE', message: '表格文件不能超过 2 MB' } },
    });
    expect(await countsOf(tenant.tdb)).toEqual({ customers: 0, contacts: 0 });
  });

  it('refuses a CSV over the row limit every spreadsheet is held to', async () => {
    const { manager } = await team();
    const rows = Array.from({ length: 10_001 }, (_, i) => [`客户${i}`]);
    expect(await send(manager, csvOf([['客户名称'], ...rows]))).toMatchObject({
      status: 422,
      body: { error: { code: 'SPREADSHEET_TOO_MANY_ROWS' } },
    });
  });

  it('answers 400 for a mapping that is not JSON or names no field', async () => {
    const { manager } = await team();
    const file = csvOf([header, hengchuan]);
    for (const mapping of ['{', JSON.stringify({ 客户名称: 'nickname' })]) {
      const form = new FormData();
      form.append('file', new Blob([file]), 'customers.csv');
      form.append('mapping', mapping);
      const res = await fetch(`${app.url}/api/v1/imports/customers`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}` },
        body: form,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        error: { code: 'VALIDATION_FAILED', fields: expect.any(Object) },
      });
    }
  });
});
