/** GET /api/v1/customers/export: exactly the customers the caller's list shows, with their contacts. */
import type { Page } from '@shared/schemas/common';
import type { Customer } from '@shared/schemas/customers';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { download, readCsv, readXlsx } from '@test/helpers/exports';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let rep: TestUser;
let otherRep: TestUser;
let manager: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app);
  rep = await makeUser(tenant, 'sales', '张浩然');
  otherRep = await makeUser(tenant, 'sales', '李婷婷');
  manager = await makeUser(tenant, 'manager', '王建国');
});
afterAll(() => app.close());

const namesIn = async (token: string, query = '') => {
  const res = await download(app.url, token, `/api/v1/customers/export?format=csv${query}`);
  expect(res.status).toBe(200);
  return (await readCsv(res)).rows.slice(1).map((row) => row[0]);
};

describe('GET /api/v1/customers/export', () => {
  it('writes the customers, and their contacts on a second sheet, headers in Chinese', async () => {
    const id = await makeCustomer(rep, {
      name: '导出-苏州恒川精密',
      industry: '制造业',
      segment: 'large',
      tier: 'high',
      flags: { angel: true, benchmark: true },
      address: '苏州工业园区星湖街 328 号',
      contractValue: 1_200_000,
      tags: ['华东', '重点'],
    });
    await app.api(rep.token).post(`/api/v1/customers/${id}/contacts`, {
      name: '周立新',
      title: '生产总监',
      role: 'decision_maker',
      phone: '138 0000 0000',
      email: 'zhou@example.com',
    });
    const res = await download(app.url, manager.token, '/api/v1/customers/export?format=xlsx&sort=name');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="customers-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheets = await readXlsx(res);
    expect([...sheets.keys()]).toEqual(['客户', '联系人']);
    const customers = sheets.get('客户') ?? [];
    expect(customers[0]).toEqual([
      '客户名称',
      '行业',
      '企业规模',
      '价值等级',
      '客户标记',
      '负责人',
      '地址',
      '合同金额（元）',
      '标签',
    ]);
    expect(customers.find((row) => row[0] === '导出-苏州恒川精密')).toEqual([
      '导出-苏州恒川精密',
      '制造业',
      '大型企业',
      '高价值',
      '天使客户、标杆客户',
      '张浩然',
      '苏州工业园区星湖街 328 号',
      1_200_000,
      '华东、重点',
    ]);
    const contacts = sheets.get('联系人') ?? [];
    expect(contacts[0]).toEqual(['客户名称', '姓名', '职务', '角色', '电话', '邮箱']);
    expect(contacts.find((row) => row[0] === '导出-苏州恒川精密')).toEqual([
      '导出-苏州恒川精密',
      '周立新',
      '生产总监',
      '决策人',
      '138 0000 0000',
      'zhou@example.com',
    ]);
  });

  it('sums the contacts up in one CSV column, with a BOM, quoting and formulas defused', async () => {
    const id = await makeCustomer(rep, { name: '导出-CSV,"引号"', industry: '=1+1', tags: ['两\n行'] });
    for (const name of ['周立新', '吴敏']) {
      await app.api(rep.token).post(`/api/v1/customers/${id}/contacts`, { name, role: 'user' });
    }
    const res = await download(app.url, rep.token, '/api/v1/customers/export?format=csv');
    const csv = await readCsv(res);
    expect(csv.hasBom).toBe(true);
    expect(csv.rows[0]?.at(-1)).toBe('联系人');
    expect(csv.text).toContain(`"导出-CSV,""引号""","'=1+1",`);
    expect(csv.text).toContain('"两\n行"');
    const row = csv.rows.find((cells) => cells[0] === '导出-CSV,"引号"');
    expect(row?.[1]).toBe("'=1+1");
    expect(row?.at(-1)).toBe('周立新（使用者）；吴敏（使用者）');
  });

  it('answers English headers to an English reader', async () => {
    const res = await download(app.url, manager.token, '/api/v1/customers/export?format=csv', 'en');
    expect((await readCsv(res)).rows[0]?.slice(0, 3)).toEqual(['Name', 'Industry', 'Segment']);
  });

  it('gives a rep their own customers, as their list does, and a manager everyone’s', async () => {
    await makeCustomer(rep, { name: '导出-我的客户' });
    await makeCustomer(otherRep, { name: '导出-别人的客户' });
    const managers = await namesIn(manager.token);
    expect(managers).toEqual(expect.arrayContaining(['导出-我的客户', '导出-别人的客户']));
    const reps = await namesIn(rep.token);
    expect(reps).toContain('导出-我的客户');
    expect(reps).not.toContain('导出-别人的客户');
    const list = await app.api(rep.token).get<Page<Customer>>('/api/v1/customers?limit=100');
    expect(reps).toEqual(list.body.items.map((c) => c.name));
  });

  it('honours the list’s filters and sort: the same customers in the same order as the list', async () => {
    for (const [name, tier, value] of [
      ['导出-筛选-甲', 'high', 300],
      ['导出-筛选-乙', 'high', 900],
      ['导出-筛选-丙', 'low', 500],
    ] as const) {
      await makeCustomer(rep, { name, tier, contractValue: value, flags: { coCreation: true } });
    }
    const query = '&q=导出-筛选&tier=high&flags=coCreation&sort=-contractValue';
    const exported = await namesIn(manager.token, query);
    expect(exported).toEqual(['导出-筛选-乙', '导出-筛选-甲']);
    const list = await app.api(manager.token).get<Page<Customer>>(`/api/v1/customers?limit=100${query}`);
    expect(exported).toEqual(list.body.items.map((c) => c.name));
  });

  it('shows nothing of another tenant', async () => {
    await makeCustomer(rep, { name: '导出-别家看不到' });
    expect(await namesIn(manager.token)).toContain('导出-别家看不到');
    const intruder = await makeUser(await makeTenant(app), 'admin');
    expect(await namesIn(intruder.token)).toEqual([]);
  });

  it('refuses no token (401) and a bad format or filter (400 with fields)', async () => {
    expect((await app.api().get('/api/v1/customers/export')).status).toBe(401);
    const pdf = await app.api(manager.token).get('/api/v1/customers/export?format=pdf');
    expect(pdf).toMatchObject({ status: 400, body: { error: { fields: { format: expect.any(String) } } } });
    const tier = await app.api(manager.token).get('/api/v1/customers/export?tier=gold');
    expect(tier).toMatchObject({ status: 400, body: { error: { fields: { tier: expect.any(String) } } } });
  });
});
