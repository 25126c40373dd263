import type { Page } from '@shared/schemas/common';
import type { Contact, Customer } from '@shared/schemas/customers';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let tenant: TestTenant;
let rep: TestUser;
let otherRep: TestUser;
let manager: TestUser;
let pm: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await makeTenant(app);
  rep = await makeUser(tenant, 'sales', '张浩然');
  otherRep = await makeUser(tenant, 'sales', '李婷婷');
  manager = await makeUser(tenant, 'manager', '王建国');
  pm = await makeUser(tenant, 'pm', '林晓雯');
});
afterAll(() => app.close());

const validCustomer = {
  name: '苏州恒川精密制造有限公司',
  industry: '制造业',
  segment: 'mid',
  tier: 'high',
  flags: { coCreation: true },
  address: '江苏省苏州市工业园区星湖街328号',
  location: { lat: 31.3, lng: 120.7 },
  contractValue: 380000,
  tags: ['续约中'],
};

describe('POST /api/v1/customers', () => {
  it('answers 401 without a token', async () => {
    const res = await app.api().post('/api/v1/customers', validCustomer);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('creates a customer owned by the rep, in the promised shape', async () => {
    const res = await app.api(rep.token).post<Customer>('/api/v1/customers', validCustomer);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: '苏州恒川精密制造有限公司',
      industry: '制造业',
      segment: 'mid',
      tier: 'high',
      flags: { coCreation: true, angel: false, benchmark: false },
      ownerId: rep.id,
      ownerName: '张浩然',
      address: '江苏省苏州市工业园区星湖街328号',
      location: { lat: 31.3, lng: 120.7 },
      contractValue: 380000,
      tags: ['续约中'],
      archived: false,
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      can: { update: true, archive: false, addContact: true },
    });
  });

  it('names every bad field in Chinese by default and in English when asked', async () => {
    const bad = {
      name: '',
      segment: 'huge',
      tier: 'high',
      location: { lat: 200, lng: 1 },
      contractValue: -1,
    };
    const zh = await app.api(rep.token).post('/api/v1/customers', bad);
    expect(zh.status).toBe(400);
    expect(zh.body).toEqual({
      error: {
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误，请检查标出的字段',
        fields: {
          name: '必填',
          segment: '请选择有效的选项',
          'location.lat': '不能大于 90',
          contractValue: '不能小于 0',
        },
      },
    });
    const en = await app
      .api(rep.token)
      .post('/api/v1/customers', bad, { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.body).toMatchObject({
      error: { message: 'Some fields need attention', fields: { name: 'Required' } },
    });
  });

  it('refuses a product manager (customers belong to sales)', async () => {
    const res = await app.api(pm.token).post('/api/v1/customers', validCustomer);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN', message: '你没有权限执行此操作' } });
  });

  it('lets an admin of a small vendor own the customers they sell to', async () => {
    const admin = await makeUser(tenant, 'admin', '沈嘉怡');
    const res = await app.api(admin.token).post<Customer>('/api/v1/customers', validCustomer);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ownerId: admin.id, ownerName: '沈嘉怡' });
  });

  it('refuses a rep giving the customer to someone else', async () => {
    const res = await app
      .api(rep.token)
      .post('/api/v1/customers', { ...validCustomer, ownerId: otherRep.id });
    expect(res.status).toBe(403);
  });

  it('lets a manager assign a rep, but not a product manager, as owner', async () => {
    const ok = await app
      .api(manager.token)
      .post<Customer>('/api/v1/customers', { ...validCustomer, ownerId: otherRep.id });
    expect(ok.status).toBe(201);
    expect(ok.body.ownerName).toBe('李婷婷');
    const bad = await app.api(manager.token).post('/api/v1/customers', { ...validCustomer, ownerId: pm.id });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({
      error: { code: 'INVALID_OWNER', fields: { ownerId: expect.any(String) } },
    });
  });
});

describe('GET /api/v1/customers', () => {
  let listTenant: TestTenant;
  let seller: TestUser;
  let boss: TestUser;

  beforeAll(async () => {
    listTenant = await makeTenant(app);
    seller = await makeUser(listTenant, 'sales');
    boss = await makeUser(listTenant, 'manager');
    const colleague = await makeUser(listTenant, 'sales');
    for (let i = 0; i < 25; i++) {
      await makeCustomer(seller, {
        name: `华东客户${String(i).padStart(2, '0')}`,
        segment: i % 2 ? 'smb' : 'large',
      });
    }
    await makeCustomer(seller, { name: '100%_折扣超市', tier: 'low', flags: { benchmark: true } });
    await makeCustomer(colleague, { name: '华南客户甲' });
  });

  const list = (user: TestUser, query = '') =>
    app.api(user.token).get<Page<Customer>>(`/api/v1/customers${query}`);

  it('shows a rep only their own customers and a manager all of them', async () => {
    const mine = await list(seller, '?limit=100');
    expect(mine.body.items).toHaveLength(26);
    expect(mine.body.items.every((c) => c.ownerId === seller.id)).toBe(true);
    const all = await list(boss, '?limit=100');
    expect(all.body.items).toHaveLength(27);
  });

  it('walks every page exactly once with the cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: Awaited<ReturnType<typeof list>> = await list(
        boss,
        `?limit=7&sort=name${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((c) => c.name));
      cursor = page.body.nextCursor;
    }
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
    expect(seen).toEqual([...seen].sort());
  });

  it('finds by substring, taking % and _ literally', async () => {
    const res = await list(boss, `?q=${encodeURIComponent('%_折扣')}`);
    expect(res.body.items.map((c) => c.name)).toEqual(['100%_折扣超市']);
    const none = await list(boss, `?q=${encodeURIComponent('%')}&segment=smb`);
    expect(none.body.items).toEqual([]);
  });

  it('filters by segment, tier and flags together', async () => {
    const res = await list(boss, '?segment=smb&limit=100');
    expect(res.body.items).toHaveLength(12);
    const flagged = await list(boss, '?flags=benchmark&tier=low');
    expect(flagged.body.items.map((c) => c.name)).toEqual(['100%_折扣超市']);
  });

  it('answers 400 naming the field for an unknown filter value or a forged cursor', async () => {
    const res = await list(boss, '?segment=huge&cursor=not-a-cursor');
    expect(res.status).toBe(400);
    expect(Object.keys((res.body as unknown as { error: { fields: object } }).error.fields).sort()).toEqual([
      'cursor',
      'segment',
    ]);
  });
});

describe('GET, PATCH /api/v1/customers/{id}', () => {
  it('hides another rep’s customer as if it did not exist', async () => {
    const id = await makeCustomer(otherRep);
    const res = await app.api(rep.token).get(`/api/v1/customers/${id}`);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('updates only the given fields and bumps the version', async () => {
    const id = await makeCustomer(rep, { name: '杭州鲜丰汇零售', tags: ['老客户'] });
    const res = await app
      .api(rep.token)
      .patch<Customer>(`/api/v1/customers/${id}`, { tier: 'high', version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '杭州鲜丰汇零售', tier: 'high', tags: ['老客户'], version: 2 });
  });

  it('refuses a stale edit with 409 instead of overwriting', async () => {
    const id = await makeCustomer(rep);
    await app.api(manager.token).patch(`/api/v1/customers/${id}`, { name: '经理改过的名字', version: 1 });
    const stale = await app
      .api(rep.token)
      .patch(`/api/v1/customers/${id}`, { name: '销售的旧版本', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    const now = await app.api(rep.token).get<Customer>(`/api/v1/customers/${id}`);
    expect(now.body.name).toBe('经理改过的名字');
  });

  it('answers 404 for an id that is not an id', async () => {
    const res = await app.api(manager.token).get('/api/v1/customers/not-an-id');
    expect(res.status).toBe(404);
  });
});

describe('archive and restore', () => {
  it('lets a manager archive; archived customers leave the default list and come back on restore', async () => {
    const id = await makeCustomer(rep, { name: '即将归档的客户' });
    expect((await app.api(rep.token).post(`/api/v1/customers/${id}/archive`)).status).toBe(403);
    const archived = await app.api(manager.token).post<Customer>(`/api/v1/customers/${id}/archive`);
    expect(archived.body.archived).toBe(true);
    const active = await app.api(manager.token).get<Page<Customer>>('/api/v1/customers?q=即将归档');
    expect(active.body.items).toEqual([]);
    const inArchive = await app
      .api(manager.token)
      .get<Page<Customer>>('/api/v1/customers?q=即将归档&archived=1');
    expect(inArchive.body.items.map((c) => c.id)).toEqual([id]);
    const restored = await app.api(manager.token).post<Customer>(`/api/v1/customers/${id}/restore`);
    expect(restored.body.archived).toBe(false);
  });
});

describe('/api/v1/customers/{id}/contacts', () => {
  it('adds a contact and lists it', async () => {
    const id = await makeCustomer(rep);
    const contact = { name: '周立新', title: '信息部经理', role: 'it', phone: '13812345678', email: '' };
    const created = await app.api(rep.token).post<Contact>(`/api/v1/customers/${id}/contacts`, contact);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '周立新', role: 'it', phone: '13812345678', email: null });
    const listed = await app.api(rep.token).get<Page<Contact>>(`/api/v1/customers/${id}/contacts`);
    expect(listed.body).toEqual({ items: [created.body], nextCursor: null });
  });

  it('rejects a bad phone and role, naming both', async () => {
    const id = await makeCustomer(rep);
    const res = await app.api(rep.token).post(`/api/v1/customers/${id}/contacts`, {
      name: '周立新',
      role: 'boss',
      phone: 'call me',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { fields: { role: '请选择有效的选项', phone: expect.any(String) } },
    });
  });

  it('refuses a product manager adding contacts to a rep’s customer', async () => {
    const id = await makeCustomer(rep);
    const res = await app
      .api(pm.token)
      .post(`/api/v1/customers/${id}/contacts`, { name: '周立新', role: 'user' });
    expect(res.status).toBe(403);
  });
});
