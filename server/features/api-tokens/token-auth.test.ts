/** Requests made with an API token: its scope, its end (revoked, expired, admin gone), its rate limit, its secrecy. */
import type { ApiTokenList, CreatedApiToken } from '@shared/schemas/api-tokens';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { openSharedTestDatabase, type SharedTestDatabase } from '@test/helpers/database';
import { makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const logLines: string[] = [];
let app: TestApp;
let tenant: TestTenant;
let admin: TestUser;

beforeAll(async () => {
  app = await startTestApp({ env: { LOG_LEVEL: 'trace' }, logLines });
  tenant = await makeTenant(app);
  admin = await makeUser(tenant, 'admin', '管理员乙');
});
afterAll(() => app.close());

async function makeToken(by: TestUser, scope: 'read' | 'read-write', target = app): Promise<CreatedApiToken> {
  const res = await target
    .api(by.token)
    .post<CreatedApiToken>('/api/v1/api-tokens', { name: `令牌${scope}`, scope });
  expect(res.status).toBe(201);
  return res.body;
}

const newCustomer = () => ({ name: `客户${Math.random()}`, segment: 'mid', tier: 'general' });
const codeOf = (body: unknown) => (body as { error?: { code?: string } }).error?.code;

describe('a token acts as the admin who made it, within its scope', () => {
  it('a read token reads customers and is refused a write with 403 API_TOKEN_READ_ONLY', async () => {
    const { token } = await makeToken(admin, 'read');
    expect((await app.api(token).get('/api/v1/customers')).status).toBe(200);
    const refused = await app.api(token).post('/api/v1/customers', newCustomer());
    expect([refused.status, codeOf(refused.body)]).toEqual([403, 'API_TOKEN_READ_ONLY']);
  });

  it('a read-write token writes as its admin', async () => {
    const { token } = await makeToken(admin, 'read-write');
    const created = await app.api(token).post<{ ownerId: string }>('/api/v1/customers', newCustomer());
    expect(created.status).toBe(201);
    expect(created.body.ownerId).toBe(admin.id);
  });

  it('may not make, list or revoke tokens itself', async () => {
    const made = await makeToken(admin, 'read-write');
    const minted = await app
      .api(made.token)
      .post('/api/v1/api-tokens', { name: '再来一个', scope: 'read-write' });
    expect(minted.status).toBe(403);
    expect((await app.api(made.token).get('/api/v1/api-tokens')).status).toBe(403);
  });
});

describe('a token stops working', () => {
  it('when it has expired', async () => {
    const made = await makeToken(admin, 'read');
    await tenant.tdb
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', made.id)
      .execute();
    const res = await app.api(made.token).get('/api/v1/customers');
    expect([res.status, codeOf(res.body)]).toEqual([401, 'API_TOKEN_INVALID']);
    const listed = await app.api(admin.token).get<ApiTokenList>('/api/v1/api-tokens');
    expect(listed.body.items.find((item) => item.id === made.id)?.state).toBe('expired');
  });

  it('when the admin who made it is deactivated', async () => {
    const leaver = await makeUser(tenant, 'admin', '离职管理员');
    const made = await makeToken(leaver, 'read');
    expect((await app.api(made.token).get('/api/v1/customers')).status).toBe(200);
    expect((await app.api(admin.token).patch(`/api/v1/users/${leaver.id}`, { active: false })).status).toBe(
      200,
    );
    expect((await app.api(made.token).get('/api/v1/customers')).status).toBe(401);
  });

  it('when it is unknown, though shaped like one', async () => {
    const res = await app.api(`flk_${'A'.repeat(43)}`).get('/api/v1/customers');
    expect([res.status, codeOf(res.body)]).toEqual([401, 'API_TOKEN_INVALID']);
  });
});

describe('last used', () => {
  it('is recorded on first use and not rewritten by every request within the minute', async () => {
    const made = await makeToken(admin, 'read');
    const lastUsed = async () =>
      (await app.api(admin.token).get<ApiTokenList>('/api/v1/api-tokens')).body.items.find(
        (i) => i.id === made.id,
      )?.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await app.api(made.token).get('/api/v1/me');
    const first = await lastUsed();
    expect(first).toEqual(expect.any(String));
    await app.api(made.token).get('/api/v1/me');
    expect(await lastUsed()).toBe(first);
  });
});

describe('the secret', () => {
  it('never appears in a log line', async () => {
    const made = await makeToken(admin, 'read');
    await app.api(made.token).get('/api/v1/customers');
    await app.api(made.token).post('/api/v1/customers', newCustomer());
    await app.api(admin.token).get('/api/v1/api-tokens');
    expect(logLines.length).toBeGreaterThan(3);
    expect(
      logLines.filter((line) => line.includes(made.token) || line.includes(made.token.slice(4))),
    ).toEqual([]);
  });
});

describe('the rate limit', () => {
  let shared: SharedTestDatabase;
  let instances: TestApp[];

  beforeAll(async () => {
    shared = await openSharedTestDatabase(2);
    const env = { API_TOKEN_LIMIT_PER_MINUTE: '4' };
    instances = await Promise.all(shared.handles.map((database) => startTestApp({ database, env })));
  });
  afterAll(async () => {
    for (const instance of instances) await instance.close();
    await shared.close();
  });

  it('answers 429 with Retry-After past the per-minute limit, counted across instances, per token', async () => {
    const [first, second] = instances as [TestApp, TestApp];
    // The limit counts per clock minute: start well inside one.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 50_000) await new Promise((resolve) => setTimeout(resolve, 60_050 - intoMinute));
    const limitedTenant = await makeTenant(first);
    const owner = await makeUser(limitedTenant, 'admin');
    const { token } = await makeToken(owner, 'read', first);
    const other = await makeToken(owner, 'read', first);
    // Two instances behind a load balancer: both count against the one limit.
    const statuses = [];
    for (const instance of [first, second, first, second]) {
      statuses.push((await instance.api(token).get('/api/v1/me')).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    const limited = await second.api(token).get('/api/v1/me');
    expect([limited.status, codeOf(limited.body)]).toEqual([429, 'RATE_LIMITED']);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await first.api(other.token).get('/api/v1/me')).status).toBe(200);
    // Sessions are not held to the token limit.
    expect((await first.api(owner.token).get('/api/v1/me')).status).toBe(200);
  });
});
