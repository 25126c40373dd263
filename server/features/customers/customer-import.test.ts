/** POST /api/v1/imports/customers: who may import, what a sales team's sheet becomes, and that errors write nothing. */
import type { Page } from '@shared/schemas/common';
import type { Contact, Customer } from '@shared/schemas/customers';
import type { CustomerImportPreview } from '@shared/schemas/customers-import';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { countsOf, csvOf, gbkBytes, type ImportOptions, postImport } from '@test/helpers/customer-import';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { buildXlsx, sheetXml } from '@test/helpers/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Team {
  tenant: TestTenant;
  manager: TestUser;
  rep: TestUser;
}

async function team(): Promise<Team> {
  const tenant = await makeTenant(app);
  return {
    tenant,
    manager: await makeUser(tenant, 'manager', '王建国'),
    rep: await makeUser(tenant, 'sales', '张浩然'),
  };
}

const header = [
  '客户名称',
  '行业',
  '客户等级',
  '规模',
  '负责人',
  '联系人',
  '手机',
  '职务',
  '角色',
  '标签',
  '共创',
  '合同金额',
];
const hengchuan = [
  '苏州恒川精密',
  '制造业',
  '高价值',
  '中型',
  '张浩然',
  '周立新',
  '13800138000',
  '信息部经理',
  'IT',
  '续约中、重点',
  '是',
  '12万',
];
const hengchuanBoss = ['苏州恒川精密', '', '', '', '', '陈总', '13900139000', '总经理', 'KP', '', '', ''];
const jiahe = ['杭州嘉禾物流', '物流', 'B类', '小微', '', '吴敏', '', '运营主管', '', '', '否', ''];

const send = (user: TestUser | undefined, file: Uint8Array | string, options?: ImportOptions) =>
  postImport(app.url, user?.token, file, options);

async function customersOf(user: TestUser): Promise<Customer[]> {
  const res = await app.api(user.token).get<Page<Customer>>('/api/v1/customers?sort=name&limit=100');
  return res.body.items;
}

async function contactsOf(user: TestUser, customerId: string): Promise<Contact[]> {
  return (await app.api(user.token).get<Page<Contact>>(`/api/v1/customers/${customerId}/contacts`)).body
    .items;
}

describe('POST /api/v1/imports/customers: who may import', () => {
  it('answers 401 without a token', async () => {
    const res = await send(undefined, csvOf([header, hengchuan]));
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
  });

  it('refuses sales reps and PMs with 403; admins and managers may import', async () => {
    const { tenant, rep } = await team();
    const pm = await makeUser(tenant, 'pm');
    const admin = await makeUser(tenant, 'admin');
    for (const user of [rep, pm])
      expect(await send(user, csvOf([header, hengchuan]))).toMatchObject({
        status: 403,
        body: { error: { code: 'FORBIDDEN' } },
      });
    expect(await countsOf(tenant.tdb)).toEqual({ customers: 0, contacts: 0 });
    expect((await send(admin, csvOf([header, hengchuan]))).status).toBe(201);
  });
});

describe('POST /api/v1/imports/customers: a sales team’s sheet', () => {
  it('previews with dryRun: the columns it recognised, counts and the first customers, writing nothing', async () => {
    const { tenant, manager } = await team();
    const file = `\uFEFF${csvOf([[...header, '备注'], [...hengchuan, '老客户'], hengchuanBoss, jiahe])}`;
    const res = await send(manager, file, { dryRun: true });
    expect(res.status).toBe(200);
    const preview = res.body as CustomerImportPreview;
    expect(preview.columns.map((column) => [column.column, column.header, column.field])).toEqual([
      ['A', '客户名称', 'name'],
      ['B', '行业', 'industry'],
      ['C', '客户等级', 'tier'],
      ['D', '规模', 'segment'],
      ['E', '负责人', 'owner'],
      ['F', '联系人', 'contactName'],
      ['G', '手机', 'contactPhone'],
      ['H', '职务', 'contactTitle'],
      ['I', '角色', 'contactRole'],
      ['J', '标签', 'tags'],
      ['K', '共创', 'coCreation'],
      ['L', '合同金额', 'contractValue'],
      ['M', '备注', null],
    ]);
    expect(preview).toMatchObject({ unmapped: ['备注'], rowCount: 3, toCreate: 2, toUpdate: 0, contacts: 3 });
    expect(preview.rows).toEqual([]);
    expect(preview.sample[0]).toEqual({
      row: 2,
      isNew: true,
      name: '苏州恒川精密',
      industry: '制造业',
      segment: 'mid',
      tier: 'high',
      ownerName: '张浩然',
      contacts: [
        { name: '周立新', title: '信息部经理', phone: '13800138000', role: 'it' },
        { name: '陈总', title: '总经理', phone: '13900139000', role: 'decision_maker' },
      ],
    });
    expect(preview.sample[1]).toMatchObject({
      name: '杭州嘉禾物流',
      tier: 'general',
      segment: 'smb',
      ownerName: '王建国',
    });
    expect(await countsOf(tenant.tdb)).toEqual({ customers: 0, contacts: 0 });
  });

  it('imports every customer once, with each row’s contact, and answers 201 { created, updated }', async () => {
    const { manager, rep } = await team();
    const res = await send(manager, csvOf([header, hengchuan, hengchuanBoss, jiahe]));
    expect(res).toMatchObject({ status: 201, body: { created: 2, updated: 0 } });
    const [hangzhou, suzhou] = await customersOf(manager);
    expect(suzhou).toMatchObject({
      name: '苏州恒川精密',
      industry: '制造业',
      tier: 'high',
      segment: 'mid',
      ownerId: rep.id,
      tags: ['续约中', '重点'],
      flags: { coCreation: true, angel: false, benchmark: false },
      contractValue: 120000,
    });
    expect(hangzhou).toMatchObject({
      name: '杭州嘉禾物流',
      tier: 'general',
      segment: 'smb',
      ownerId: manager.id,
    });
    const contacts = await contactsOf(manager, suzhou?.id ?? '');
    expect(contacts.map((c) => [c.name, c.title, c.phone, c.role])).toEqual([
      ['周立新', '信息部经理', '13800138000', 'it'],
      ['陈总', '总经理', '13900139000', 'decision_maker'],
    ]);
  });

  it('updates on re-import instead of duplicating: the same file twice creates nothing the second time', async () => {
    const { tenant, manager } = await team();
    const file = csvOf([header, hengchuan, hengchuanBoss, jiahe]);
    expect((await send(manager, file)).body).toEqual({ created: 2, updated: 0 });
    const before = await customersOf(manager);
    expect((await send(manager, file)).body).toEqual({ created: 0, updated: 2 });
    expect(await customersOf(manager)).toEqual(before);
    expect(await countsOf(tenant.tdb)).toEqual({ customers: 2, contacts: 3 });

    const changed = csvOf([
      header,
      ['苏州恒川精密', '', '一般', '', '', '周立新', '13700137000', '', '', '', '', ''],
    ]);
    expect((await send(manager, changed)).body).toEqual({ created: 0, updated: 1 });
    const suzhou = (await customersOf(manager)).find((c) => c.name === '苏州恒川精密');
    expect(suzhou).toMatchObject({ tier: 'general', industry: '制造业', version: 2 });
    const contacts = await contactsOf(manager, suzhou?.id ?? '');
    expect(contacts.map((c) => [c.name, c.phone, c.title])).toEqual([
      ['周立新', '13700137000', '信息部经理'],
      ['陈总', '13900139000', '总经理'],
    ]);
  });

  it('matches an existing customer by name whatever its letter case, and updates it', async () => {
    const { tenant, manager, rep } = await team();
    await makeCustomer(rep, { name: 'Acme 中国', tier: 'low' });
    const res = await send(
      manager,
      csvOf([
        ['客户', '价值等级'],
        ['ACME 中国', '重点'],
      ]),
    );
    expect(res.body).toEqual({ created: 0, updated: 1 });
    expect((await customersOf(manager))[0]).toMatchObject({ name: 'Acme 中国', tier: 'high' });
    expect((await countsOf(tenant.tdb)).customers).toBe(1);
  });

  it('reads a CSV saved as GBK by Excel on a Chinese Windows', async () => {
    const { manager } = await team();
    const res = await send(manager, gbkBytes(csvOf([header, hengchuan])));
    expect(res).toMatchObject({ status: 201, body: { created: 1 } });
    expect((await customersOf(manager))[0]).toMatchObject({ name: '苏州恒川精密', industry: '制造业' });
  });

  it('reads an .xlsx workbook', async () => {
    const { manager } = await team();
    const workbook = await buildXlsx([{ name: '客户', xml: sheetXml([header, hengchuan, jiahe]) }]);
    const res = await send(manager, workbook, { filename: '客户.xlsx' });
    expect(res).toMatchObject({ status: 201, body: { created: 2, updated: 0 } });
    expect((await customersOf(manager)).map((c) => c.name)).toEqual(['杭州嘉禾物流', '苏州恒川精密']);
  });

  it('follows the mapping chosen on the preview: a header it did not know, and a column left out', async () => {
    const { manager } = await team();
    const file = csvOf([
      ['单位', '行业', '手机'],
      ['宁波海曙百货', '零售', '13800138000'],
    ]);
    const unknown = (await send(manager, file, { dryRun: true })).body as CustomerImportPreview;
    expect(unknown.unmapped).toEqual(['单位']);
    expect(unknown.rows).toEqual([
      { row: 1, column: null, header: null, message: expect.stringContaining('客户名称') },
    ]);
    const mapping = { 单位: 'name', 手机: null };
    const preview = (await send(manager, file, { dryRun: true, mapping })).body as CustomerImportPreview;
    expect(preview).toMatchObject({ rows: [], toCreate: 1, contacts: 0, unmapped: ['手机'] });
    expect((await send(manager, file, { mapping })).body).toEqual({ created: 1, updated: 0 });
    expect((await customersOf(manager))[0]).toMatchObject({ name: '宁波海曙百货', industry: '零售' });
  });
});

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
