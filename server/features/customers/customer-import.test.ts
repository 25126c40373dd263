/** POST /api/v1/imports/customers: who may import, what a sales team's sheet becomes, and that errors write nothing. */
import type { Page } from '@shared/schemas/common';
import type { Contact, Customer } from '@shared/schemas/customers';
import type { CustomerImportPreview } from '@shared/schemas/customers-import';
import { startTestApp, type TestApp } from '@test/helpers/app';
import {
  countsOf,
  csvOf,
  gbkBytes,
  header,
  hengchuan,
  hengchuanBoss,
  type ImportOptions,
  importTeam,
  jiahe,
  postImport,
} from '@test/helpers/customer-import';
import { makeCustomer, makeUser, type TestUser } from '@test/helpers/factories';
import { buildXlsx, sheetXml } from '@test/helpers/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const team = () => importTeam(app);

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
