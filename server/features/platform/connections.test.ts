import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import type { Connection } from '@shared/schemas/platform';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeConnection, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let admin: TestUser;
let manager: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app);
  admin = await makeUser(tenant, 'admin');
  manager = await makeUser(tenant, 'manager');
});
afterAll(() => app.close());

const aesKey = 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7';
let corpSequence = 0;
const dingTalk = () => ({
  platform: 'dingtalk',
  corpId: `dingcorp${++corpSequence}${Date.now()}`,
  clientId: 'dingclientkey',
  clientSecret: 'super-secret-value',
  agentId: 2_001_001,
  callbackToken: 'mryue',
  callbackAesKey: aesKey,
  baseUrl: 'http://127.0.0.1:9',
});

describe('POST /api/v1/platform/connections', () => {
  it('adds a connection and never shows its secrets', async () => {
    const input = dingTalk();
    const res = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', input);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      platform: 'dingtalk',
      externalKey: input.corpId,
      corpId: input.corpId,
      clientId: 'dingclientkey',
      appId: null,
      agentId: '2001001',
      baseUrl: 'http://127.0.0.1:9',
      events: 'http',
      callbackUrl: `${app.config.publicUrl}/api/v1/callbacks/${res.body.id}`,
      enabled: true,
      lastTest: null,
      setup: { trustedDomain: new URL(app.config.publicUrl).hostname, egressIp: null },
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toContain('super-secret-value');
    const stored = await app.database.db
      .selectFrom('platform_connections')
      .selectAll()
      .where('id', '=', res.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain('super-secret-value');
    expect(JSON.stringify(stored)).not.toContain(aesKey);
  });

  it('refuses anyone but an admin', async () => {
    expect((await app.api(manager.token).post('/api/v1/platform/connections', dingTalk())).status).toBe(403);
    expect((await app.api(manager.token).get('/api/v1/platform/connections')).status).toBe(403);
  });

  it('names the bad fields of each platform’s settings', async () => {
    const res = await app.api(admin.token).post('/api/v1/platform/connections', {
      platform: 'wecom',
      corpId: 'ww1436e0e65a779aee',
      agentId: 'abc',
      secret: '',
      callbackToken: 'token',
      callbackAesKey: 'short',
    });
    expect(res.status).toBe(400);
    expect(Object.keys((res.body as { error: { fields: object } }).error.fields).sort()).toEqual([
      'agentId',
      'callbackAesKey',
      'secret',
    ]);
  });

  it('refuses the same platform app twice, even from another tenant', async () => {
    const input = dingTalk();
    expect((await app.api(admin.token).post('/api/v1/platform/connections', input)).status).toBe(201);
    const otherAdmin = await makeUser(await makeTenant(app), 'admin');
    const res = await app.api(otherAdmin.token).post('/api/v1/platform/connections', input);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'CONNECTION_EXISTS' } });
  });
});

describe('testing and disabling a connection', () => {
  it('records a failed token fetch with its reason when the platform cannot be reached', async () => {
    const created = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', dingTalk());
    const res = await app
      .api(admin.token)
      .post<Connection>(`/api/v1/platform/connections/${created.body.id}/test`);
    expect(res.status).toBe(200);
    expect(res.body.lastTest).toMatchObject({ ok: false, message: expect.stringMatching(/^unavailable/) });
  });

  it('stops offering sign-in for a disabled connection', async () => {
    const input = dingTalk();
    const created = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', input);
    const options = `/api/v1/platform/sign-in-options?platform=dingtalk&key=${input.corpId}`;
    expect((await app.api().get(options)).body).toMatchObject({
      connectionId: created.body.id,
      clientId: 'dingclientkey',
    });
    const disabled = await app
      .api(admin.token)
      .post<Connection>(`/api/v1/platform/connections/${created.body.id}/disable`);
    expect(disabled.body.enabled).toBe(false);
    const after = await app.api().get(options);
    expect(after.status).toBe(403);
    expect(after.body).toMatchObject({
      error: { code: 'ORG_NOT_CONNECTED', message: '你所在的组织还没有接入 Fieldloop，请联系管理员' },
    });
  });
});

describe('base URLs outside the emulator mode', () => {
  let live: TestApp;
  let liveAdmin: TestUser;

  beforeAll(async () => {
    live = await startTestApp({ env: { EMULATORS: '0' } });
    liveAdmin = await makeUser(await makeTenant(live), 'admin');
  });
  afterAll(() => live.close());

  const add = (baseUrl: string, language = 'zh-CN') =>
    live
      .api(liveAdmin.token)
      .post<Connection & { error: { code: string; fields: Record<string, string> } }>(
        '/api/v1/platform/connections',
        { ...dingTalk(), baseUrl },
        { 'accept-language': language },
      );

  it('refuses plain http and names on this machine, in the user’s language, and takes a public https one', async () => {
    expect((await add('https://1.1.1.1')).status).toBe(201);
    const plain = await add('http://oapi.dingtalk.com');
    expect(plain.status).toBe(400);
    expect(plain.body.error.fields).toEqual({ baseUrl: '只能填写公网可访问的 https 地址' });
    const loopback = await add('https://localhost:9', 'en');
    expect(loopback.status).toBe(400);
    expect(loopback.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { baseUrl: 'Must be an https address on the public internet' },
    });
    expect((await add('https://[::ffff:127.0.0.1]:9')).status).toBe(400);
    expect((await add('https://169.254.169.254')).status).toBe(400);
  });

  it('never calls an internal address a stored connection names, and says why the test failed', async () => {
    let connections = 0;
    const listener = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    listener.listen(0, '127.0.0.1');
    await once(listener, 'listening');
    const { port } = listener.address() as AddressInfo;
    try {
      const connectionId = await makeConnection(liveAdmin.tenant, `https://localhost:${port}`);
      const res = await live
        .api(liveAdmin.token)
        .post<Connection>(`/api/v1/platform/connections/${connectionId}/test`);
      expect(res.status).toBe(200);
      expect(res.body.lastTest).toMatchObject({
        ok: false,
        message: expect.stringContaining('ADDRESS_NOT_PUBLIC'),
      });
      expect(connections).toBe(0);
    } finally {
      listener.close();
    }
  });
});

describe('POST /api/v1/auth/dingtalk for an organisation that never connected', () => {
  it('answers ORG_NOT_CONNECTED, not a crash', async () => {
    const res = await app
      .api()
      .post('/api/v1/auth/dingtalk', { corpId: 'ding-unknown-corp', code: 'whatever' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'ORG_NOT_CONNECTED' } });
  });
});
