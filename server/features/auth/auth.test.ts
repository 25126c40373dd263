import type { Role } from '@shared/domain/roles';
import type { DemoDirectory, Me, Session } from '@shared/schemas/auth';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
});
afterAll(() => app.close());

async function directory(): Promise<DemoDirectory> {
  return (await app.api().get<DemoDirectory>('/api/v1/auth/demo')).body;
}

describe('demo login', () => {
  it('lists the two demo tenants with people of every role, and no other tenant', async () => {
    await makeTenant(app, '不该出现的租户');
    const { tenants } = await directory();
    expect(tenants.map((t) => t.name)).toEqual(['示例科技', '演示软件']);
    for (const tenant of tenants) {
      expect(new Set(tenant.users.map((u) => u.role))).toEqual(
        new Set(['admin', 'manager', 'pm', 'sales', 'implementer']),
      );
    }
  });

  it('signs in as a demo user and answers who that is', async () => {
    const [tenant] = (await directory()).tenants;
    const rep = tenant?.users.find((u) => u.role === 'sales');
    const res = await app.api().post<Session>('/api/v1/auth/demo', { tenantId: tenant?.id, userId: rep?.id });
    expect(res.status).toBe(200);
    expect(res.body.token).toMatch(/^fl_/);
    expect(res.body.user).toMatchObject({
      id: rep?.id,
      role: 'sales',
      tenant: { id: tenant?.id, name: '示例科技' },
    });
    const me = await app.api(res.body.token).get<Me>('/api/v1/me');
    expect(me.body).toEqual(res.body.user);
  });

  it('refuses a user of one demo tenant presented with the other tenant', async () => {
    const [first, second] = (await directory()).tenants;
    const res = await app
      .api()
      .post('/api/v1/auth/demo', { tenantId: first?.id, userId: second?.users[0]?.id });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND', fields: { userId: expect.any(String) } } });
  });

  it('refuses a tenant that is not a demo tenant', async () => {
    const tenant = await makeTenant(app);
    const user = await makeUser(tenant, 'admin');
    const res = await app.api().post('/api/v1/auth/demo', { tenantId: tenant.id, userId: user.id });
    expect(res.status).toBe(404);
  });

  it('answers 400 with fields for a body without ids', async () => {
    const res = await app.api().post('/api/v1/auth/demo', { tenantId: 'x' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { tenantId: '编号无效', userId: '必填' } } });
  });
});

describe('what a person may start', () => {
  const insight = (visits: boolean, requirements: boolean, implementation: boolean) => ({
    insightVisits: visits,
    insightRequirements: requirements,
    insightLoop: requirements,
    insightImplementation: implementation,
  });
  const expected: Record<Role, Me['can']> = {
    sales: {
      createCustomer: true,
      importCustomers: false,
      startProject: false,
      editTemplates: false,
      installStandardTemplates: false,
      ...insight(false, false, false),
    },
    implementer: {
      createCustomer: false,
      importCustomers: false,
      startProject: true,
      editTemplates: false,
      installStandardTemplates: false,
      ...insight(false, false, true),
    },
    pm: {
      createCustomer: false,
      importCustomers: false,
      startProject: true,
      editTemplates: true,
      installStandardTemplates: false,
      ...insight(false, true, true),
    },
    manager: {
      createCustomer: true,
      importCustomers: true,
      startProject: true,
      editTemplates: false,
      installStandardTemplates: false,
      ...insight(true, true, true),
    },
    admin: {
      createCustomer: true,
      importCustomers: true,
      startProject: true,
      editTemplates: true,
      installStandardTemplates: true,
      ...insight(true, true, true),
    },
  };

  for (const [role, can] of Object.entries(expected) as [keyof typeof expected, Me['can']][]) {
    it(`tells the ${role} what they may start, and the server keeps to it`, async () => {
      const user = await makeUser(await makeTenant(app), role);
      const me = await app.api(user.token).get<Me>('/api/v1/me');
      expect(me.body.can).toEqual(can);
      const created = await app
        .api(user.token)
        .post('/api/v1/customers', { name: '苏州恒川精密制造有限公司', segment: 'mid', tier: 'high' });
      expect(created.status).toBe(can.createCustomer ? 201 : 403);
    });
  }

  it('answers the same `can` with a new session as on /me', async () => {
    const [tenant] = (await directory()).tenants;
    const pm = tenant?.users.find((u) => u.role === 'pm');
    const res = await app.api().post<Session>('/api/v1/auth/demo', { tenantId: tenant?.id, userId: pm?.id });
    expect(res.body.user.can).toEqual(expected.pm);
  });
});

describe('demo login switched off', () => {
  it('answers 404 DEMO_LOGIN_DISABLED in production', async () => {
    const production = await startTestApp({
      env: {
        NODE_ENV: 'production',
        SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
        PUBLIC_URL: 'https://fieldloop.example.cn',
      },
      seedDemo: true,
    });
    try {
      const res = await production.api().get('/api/v1/auth/demo');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: 'DEMO_LOGIN_DISABLED' } });
    } finally {
      await production.close();
    }
  });
});

describe('sessions', () => {
  it('stops accepting a token after logout', async () => {
    const user = await makeUser(await makeTenant(app), 'pm');
    expect((await app.api(user.token).get('/api/v1/me')).status).toBe(200);
    expect((await app.api(user.token).post('/api/v1/auth/logout')).status).toBe(204);
    const after = await app.api(user.token).get('/api/v1/me');
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({
      error: { code: 'SESSION_INVALID', message: '登录已失效，请重新登录' },
    });
  });

  it('stops accepting a token of a deactivated user', async () => {
    const tenant = await makeTenant(app);
    const user = await makeUser(tenant, 'sales');
    await tenant.tdb.updateTable('users').set({ active: 0 }).where('id', '=', user.id).execute();
    expect((await app.api(user.token).get('/api/v1/me')).status).toBe(401);
  });

  it('stores only a hash of the token', async () => {
    const user = await makeUser(await makeTenant(app), 'sales');
    const rows = await user.tenant.tdb.selectFrom('sessions').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(user.token);
    expect(rows[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers 401 for a malformed Authorization header', async () => {
    const res = await app.api().get('/api/v1/me', { authorization: 'Basic abc' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('session expiry', () => {
  it('stops accepting a token once it has expired', async () => {
    const tenant = await makeTenant(app);
    const user = await makeUser(tenant, 'implementer');
    await tenant.tdb
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    const res = await app.api(user.token).get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'SESSION_INVALID' } });
  });
});

describe('sign-in throttling', () => {
  it('answers 429 with Retry-After once an address keeps trying', async () => {
    const throttled = await startTestApp({ seedDemo: true, env: { SIGN_IN_LIMIT_PER_MINUTE: '30' } });
    try {
      const attempts = Array.from({ length: 31 }, () =>
        throttled
          .api()
          .post('/api/v1/auth/demo', { tenantId: crypto.randomUUID(), userId: crypto.randomUUID() }),
      );
      const statuses = (await Promise.all(attempts)).map((res) => res.status);
      expect(statuses.filter((s) => s === 404)).toHaveLength(30);
      const last = await throttled
        .api()
        .post('/api/v1/auth/demo', { tenantId: crypto.randomUUID(), userId: crypto.randomUUID() });
      expect(last.status).toBe(429);
      expect(last.body).toMatchObject({ error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' } });
      expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await throttled.close();
    }
  });
});
