import type { ApiTokenList, CreatedApiToken } from '@shared/schemas/api-tokens';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let admin: TestUser;
let pm: TestUser;
let otherAdmin: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app);
  admin = await makeUser(tenant, 'admin', '管理员甲');
  pm = await makeUser(tenant, 'pm');
  otherAdmin = await makeUser(await makeTenant(app), 'admin', '别家管理员');
});
afterAll(() => app.close());

const create = (token: string | undefined, body: unknown) =>
  app.api(token).post<CreatedApiToken>('/api/v1/api-tokens', body);
const list = (token?: string) => app.api(token).get<ApiTokenList>('/api/v1/api-tokens');
const revoke = (token: string | undefined, id: string) =>
  app.api(token).raw(`/api/v1/api-tokens/${id}`, { method: 'DELETE' });

describe('POST /api/v1/api-tokens', () => {
  it('makes a token and shows its secret once, prefixed flk_', async () => {
    const res = await create(admin.token, { name: 'CRM 同步', scope: 'read' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      name: 'CRM 同步',
      scope: 'read',
      token: expect.any(String),
    });
    expect(res.body.token).toMatch(/^flk_[\w-]{43}$/);
  });

  it('refuses without a sign-in, for a non-admin, and a malformed body or a past expiry', async () => {
    expect((await create(undefined, { name: 'x', scope: 'read' })).status).toBe(401);
    const byPm = await create(pm.token, { name: 'x', scope: 'read' });
    expect([byPm.status, (byPm.body as unknown as { error: { code: string } }).error.code]).toEqual([
      403,
      'FORBIDDEN',
    ]);
    const bad = await create(admin.token, { name: '', scope: 'write' });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as unknown as { error: { fields: object } }).error.fields).sort()).toEqual([
      'name',
      'scope',
    ]);
    const past = await create(admin.token, {
      name: '过期',
      scope: 'read',
      expiresAt: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(400);
    expect(
      (past.body as unknown as { error: { fields: Record<string, string> } }).error.fields.expiresAt,
    ).toBe('必须晚于现在');
  });
});

describe('GET /api/v1/api-tokens', () => {
  it('lists the company’s tokens with who made them and when, never a secret', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const made = (await create(admin.token, { name: 'BI 报表', scope: 'read-write', expiresAt })).body;
    const res = await list(admin.token);
    expect(res.status).toBe(200);
    expect(res.body.items.find((item) => item.id === made.id)).toEqual({
      id: made.id,
      name: 'BI 报表',
      scope: 'read-write',
      state: 'active',
      createdAt: expect.any(String),
      createdById: admin.id,
      createdByName: '管理员甲',
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(res.body)).not.toContain(made.token);
    expect(JSON.stringify(res.body)).not.toContain('flk_');
  });

  it('refuses without a sign-in and for a non-admin; another company’s admin sees none of these', async () => {
    expect((await list()).status).toBe(401);
    expect((await list(pm.token)).status).toBe(403);
    const theirs = await list(otherAdmin.token);
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([]);
  });
});

describe('DELETE /api/v1/api-tokens/{id}', () => {
  it('revokes: the token answers 401 from then on and the list shows it revoked', async () => {
    const made = (await create(admin.token, { name: '临时', scope: 'read' })).body;
    expect((await app.api(made.token).get('/api/v1/customers')).status).toBe(200);
    expect((await revoke(admin.token, made.id)).status).toBe(204);
    const refused = await app.api(made.token).get<{ error: { code: string } }>('/api/v1/customers');
    expect([refused.status, refused.body.error.code]).toEqual([401, 'API_TOKEN_INVALID']);
    const listed = (await list(admin.token)).body.items.find((item) => item.id === made.id);
    expect(listed?.state).toBe('revoked');
    expect(listed?.revokedAt).toEqual(expect.any(String));
  });

  it('refuses without a sign-in, for a non-admin, and another company’s admin finds nothing to revoke', async () => {
    const made = (await create(admin.token, { name: '留着', scope: 'read' })).body;
    expect((await revoke(undefined, made.id)).status).toBe(401);
    expect((await revoke(pm.token, made.id)).status).toBe(403);
    expect((await revoke(otherAdmin.token, made.id)).status).toBe(404);
    expect((await revoke(admin.token, 'not-an-id')).status).toBe(404);
    expect((await app.api(made.token).get('/api/v1/customers')).status).toBe(200);
  });
});
