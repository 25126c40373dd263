/** Feishu and WeCom against their emulators: 免登, code reuse, token caching and refresh, JS-API config, callbacks. */

import { TenantDb } from '@server/core/db';
import { notifyPerson } from '@server/features/platform/service';
import type { Session } from '@shared/schemas/auth';
import type { Connection, ConnectionCreate, JsapiConfig } from '@shared/schemas/platform';
import type { CommonControls } from '@test/emulators/core/control';
import { startFeishuEmulator } from '@test/emulators/feishu';
import { startWeComEmulator } from '@test/emulators/wecom';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface PlatformUnderTest {
  name: string;
  start(): Promise<CommonControls & { baseUrl: string; close(): Promise<void> }>;
  /** Registers the app and two people, 王芳 and 赵磊, in the emulator. */
  seed(emulator: never): void;
  connection(baseUrl: string): ConnectionCreate;
  appKey: string;
  mintCode(emulator: never, person: 'wangfang' | 'zhaolei'): string;
  signInPath: string;
  signInBody(code: string): Record<string, string>;
  verifySignature(emulator: never, pageUrl: string, config: JsapiConfig): { ok: boolean };
  pushCallback(emulator: never, callbackUrl: string): Promise<{ status: number }>;
  /** The platform's own callback saying the person left the organisation. */
  pushLeft(emulator: never, callbackUrl: string, person: 'wangfang' | 'zhaolei'): Promise<{ status: number }>;
}

const encodingAesKey = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const people = [
  { id: 'wangfang', name: '王芳' },
  { id: 'zhaolei', name: '赵磊' },
];

type Feishu = Awaited<ReturnType<typeof startFeishuEmulator>>;
type WeCom = Awaited<ReturnType<typeof startWeComEmulator>>;

const feishu: PlatformUnderTest = {
  name: 'Feishu',
  start: () => startFeishuEmulator(),
  seed: (emulator: Feishu) =>
    emulator.addApp({
      appId: 'cli_emuapp0001',
      appSecret: 'feishu-secret',
      tenantKey: 'tenant-emu',
      encryptKey: 'feishu-encrypt-key',
      verificationToken: 'feishu-verify',
      users: people.map((p) => ({
        openId: `ou_${p.id}`,
        unionId: `on_${p.id}`,
        name: p.name,
        departmentIds: ['od-1'],
      })),
    }),
  connection: (baseUrl) => ({
    platform: 'feishu',
    appId: 'cli_emuapp0001',
    appSecret: 'feishu-secret',
    encryptKey: 'feishu-encrypt-key',
    verificationToken: 'feishu-verify',
    baseUrl,
  }),
  appKey: 'cli_emuapp0001',
  mintCode: (emulator: Feishu, person) =>
    emulator.mintAuthCode({ appId: 'cli_emuapp0001', openId: `ou_${person}` }),
  signInPath: '/api/v1/auth/feishu',
  signInBody: (code) => ({ appId: 'cli_emuapp0001', code }),
  verifySignature: (emulator: Feishu, url, config) => {
    const signed = config as Extract<JsapiConfig, { platform: 'feishu' }>;
    return emulator.verifyJsapiSignature({ appKey: 'cli_emuapp0001', url, ...signed });
  },
  pushCallback: (emulator: Feishu, callbackUrl) =>
    emulator.pushCallback(
      'cli_emuapp0001',
      emulator.eventEnvelope('cli_emuapp0001', 'contact.user.created_v3', { object: { open_id: 'ou_new' } }),
      callbackUrl,
    ),
  pushLeft: (emulator: Feishu, callbackUrl, person) =>
    emulator.pushCallback(
      'cli_emuapp0001',
      emulator.eventEnvelope('cli_emuapp0001', 'contact.user.deleted_v3', {
        object: { open_id: `ou_${person}` },
      }),
      callbackUrl,
    ),
};

const weCom: PlatformUnderTest = {
  name: 'WeCom',
  start: () => startWeComEmulator(),
  seed: (emulator: WeCom) =>
    emulator.addOrg({
      corpId: 'wwemucorp0001',
      agentId: '1000002',
      secret: 'wecom-secret',
      callbackToken: 'QDG6eK',
      callbackAesKey: encodingAesKey,
      users: people.map((p) => ({ userId: p.id, name: p.name, departmentIds: [1] })),
    }),
  connection: (baseUrl) => ({
    platform: 'wecom',
    corpId: 'wwemucorp0001',
    agentId: '1000002',
    secret: 'wecom-secret',
    callbackToken: 'QDG6eK',
    callbackAesKey: encodingAesKey,
    baseUrl,
  }),
  appKey: 'wwemucorp0001/1000002',
  mintCode: (emulator: WeCom, person) => emulator.mintAuthCode({ corpId: 'wwemucorp0001', userId: person }),
  signInPath: '/api/v1/auth/wecom',
  signInBody: (code) => ({ corpId: 'wwemucorp0001', agentId: '1000002', code }),
  verifySignature: (emulator: WeCom, url, config) => {
    const { config: corp, agentConfig } = config as Extract<JsapiConfig, { platform: 'wecom' }>;
    const appKey = 'wwemucorp0001/1000002';
    const both = [
      emulator.verifyJsapiSignature({ appKey, kind: 'jsapi', url, ...corp }),
      emulator.verifyJsapiSignature({ appKey, kind: 'agentJsapi', url, ...agentConfig }),
    ];
    return { ok: both.every((verdict) => verdict.ok) };
  },
  pushCallback: (emulator: WeCom, callbackUrl) =>
    emulator.pushCallback(
      'wwemucorp0001/1000002',
      {
        ToUserName: 'wwemucorp0001',
        FromUserName: 'wangfang',
        CreateTime: '1476422779',
        MsgType: 'event',
        Event: 'enter_agent',
        AgentID: '1000002',
      },
      callbackUrl,
    ),
  pushLeft: (emulator: WeCom, callbackUrl, person) =>
    emulator.pushCallback(
      'wwemucorp0001/1000002',
      {
        ToUserName: 'wwemucorp0001',
        FromUserName: 'sys',
        CreateTime: String(Math.floor(Date.now() / 1000)),
        MsgType: 'event',
        Event: 'change_contact',
        ChangeType: 'delete_user',
        UserID: person,
      },
      callbackUrl,
    ),
};

/** Queues a message for the person and runs the outbox until it has gone out. */
async function deliverNow(app: TestApp, userId: string, title: string): Promise<void> {
  const tenantId = (
    await app.database.db
      .selectFrom('users')
      .select('tenant_id')
      .where('id', '=', userId)
      .executeTakeFirstOrThrow()
  ).tenant_id;
  await notifyPerson(new TenantDb(app.database.db, tenantId), userId, {
    dedupeKey: `test:${title}`,
    title,
    body: '客户的需求有了新进展',
    url: `${app.config.publicUrl}/requirements`,
    actions: [],
  });
  await runOutbox(app);
}

describe.each([feishu, weCom])('$name', (platform) => {
  let emulator: Awaited<ReturnType<PlatformUnderTest['start']>>;
  let app: TestApp;
  let admin: TestUser;
  let connection: Connection;
  const asEmulator = () => emulator as never;
  const signIn = (code: string) => app.api().post<Session>(platform.signInPath, platform.signInBody(code));

  beforeAll(async () => {
    emulator = await platform.start();
    platform.seed(asEmulator());
    app = await startTestApp();
    admin = await makeUser(await makeTenant(app, '演示软件'), 'admin');
    const created = await app
      .api(admin.token)
      .post<Connection>('/api/v1/platform/connections', platform.connection(emulator.baseUrl));
    connection = created.body;
  });
  afterAll(async () => {
    await app.close();
    await emulator.close();
  });

  it('signs people in by their platform identity, the same person every time', async () => {
    const first = await signIn(platform.mintCode(asEmulator(), 'wangfang'));
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ name: '王芳', role: 'sales', tenant: { name: '演示软件' } });
    const again = await signIn(platform.mintCode(asEmulator(), 'wangfang'));
    expect(again.body.user.id).toBe(first.body.user.id);
  });

  it('refuses a code used twice', async () => {
    const code = platform.mintCode(asEmulator(), 'zhaolei');
    expect((await signIn(code)).status).toBe(200);
    expect((await signIn(code)).body).toMatchObject({ error: { code: 'PLATFORM_CODE_INVALID' } });
  });

  it('fetches one app token for 50 concurrent requests', async () => {
    emulator.reset();
    const url = encodeURIComponent(`${app.config.publicUrl}/customers`);
    const config = (n: number) =>
      app
        .api(admin.token)
        .get(`/api/v1/platform/jsapi-config?connectionId=${connection.id}&url=${url}%3Fn%3D${n}`);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, n) => config(n)));
    expect(answers.every((res) => res.status === 200)).toBe(true);
    expect(emulator.counters()[platform.appKey]?.tokenFetches).toBe(1);
  });

  it('replaces a token the platform revoked early, once, and the message still goes out', async () => {
    const person = await signIn(platform.mintCode(asEmulator(), 'zhaolei'));
    await deliverNow(app, person.body.user.id, '需求已排期');
    const fetchesBefore = emulator.counters()[platform.appKey]?.tokenFetches ?? 0;
    emulator.invalidateTokens();
    await deliverNow(app, person.body.user.id, '需求已发布');
    expect(emulator.counters()[platform.appKey]?.tokenFetches).toBe(fetchesBefore + 1);
    const titles = emulator.sentMessages().map((message) => JSON.stringify(message.content));
    expect(titles.filter((content) => content.includes('需求已发布'))).toHaveLength(1);
  });

  it('signs the page URL the way the platform’s config call checks it', async () => {
    const pageUrl = `${app.config.publicUrl}/customers?from=menu`;
    const res = await app
      .api(admin.token)
      .get<JsapiConfig>(
        `/api/v1/platform/jsapi-config?connectionId=${connection.id}&url=${encodeURIComponent(`${pageUrl}#x`)}`,
      );
    expect(res.status).toBe(200);
    expect(platform.verifySignature(asEmulator(), pageUrl, res.body)).toMatchObject({ ok: true });
  });

  it('ends the sessions of someone the platform says left the organisation', async () => {
    const session = await signIn(platform.mintCode(asEmulator(), 'wangfang'));
    const callbackUrl = `${app.url}/api/v1/callbacks/${connection.id}`;
    expect((await platform.pushLeft(asEmulator(), callbackUrl, 'wangfang')).status).toBe(200);
    await runOutbox(app);
    expect((await app.api(session.body.token).get('/api/v1/me')).status).toBe(401);
  });

  it('accepts the platform’s own signed callback and refuses a forged one', async () => {
    const callbackUrl = `${app.url}/api/v1/callbacks/${connection.id}`;
    expect((await platform.pushCallback(asEmulator(), callbackUrl)).status).toBe(200);
    const forged = await fetch(`${callbackUrl}?msg_signature=bad&timestamp=1&nonce=1`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-lark-signature': 'bad',
        'x-lark-request-timestamp': '1',
        'x-lark-request-nonce': '1',
      },
      body: JSON.stringify({ encrypt: 'AAAA' }),
    });
    expect(forged.status).toBe(401);
  });
});

describe('Feishu card buttons', () => {
  it('answer with a toast, and a button of an action that does not exist says so', async () => {
    const emulator = await startFeishuEmulator();
    feishu.seed(emulator as never);
    const app = await startTestApp();
    try {
      const admin = await makeUser(await makeTenant(app), 'admin');
      const created = await app
        .api(admin.token)
        .post<Connection>('/api/v1/platform/connections', feishu.connection(emulator.baseUrl));
      const code = feishu.mintCode(emulator as never, 'wangfang');
      await app.api().post('/api/v1/auth/feishu', feishu.signInBody(code));
      const press = emulator.eventEnvelope('cli_emuapp0001', 'card.action.trigger', {
        operator: { open_id: 'ou_wangfang' },
        action: { value: { action: 'retired_action' } },
      });
      const answer = await emulator.pushCallback(
        'cli_emuapp0001',
        press,
        `${app.url}/api/v1/callbacks/${created.body.id}`,
      );
      expect(answer.json).toEqual({
        toast: { type: 'error', content: '这个按钮已失效，请在 Fieldloop 中操作' },
      });
    } finally {
      await app.close();
      await emulator.close();
    }
  });
});

describe('Feishu codes of each kind', () => {
  let emulator: Awaited<ReturnType<typeof startFeishuEmulator>>;
  let app: TestApp;
  const signIn = (body: Record<string, string>) =>
    app.api().post<Session>('/api/v1/auth/feishu', { appId: 'cli_emuapp0001', ...body });
  const code = (kind: 'requestAccess' | 'requestAuthCode') =>
    emulator.mintAuthCode({ appId: 'cli_emuapp0001', openId: 'ou_wangfang', kind });

  beforeAll(async () => {
    emulator = await startFeishuEmulator();
    feishu.seed(emulator as never);
    app = await startTestApp();
    const admin = await makeUser(await makeTenant(app), 'admin');
    await app
      .api(admin.token)
      .post<Connection>('/api/v1/platform/connections', feishu.connection(emulator.baseUrl));
  });
  afterAll(async () => {
    await app.close();
    await emulator.close();
  });

  it('signs in with a tt.requestAccess code exchanged as an OAuth authorization code', async () => {
    const res = await signIn({ code: code('requestAccess'), codeKind: 'authorization' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ name: '王芳' });
  });

  it('signs the same person in with an older client’s tt.requestAuthCode code, a 登录预授权码', async () => {
    const modern = await signIn({ code: code('requestAccess') });
    const older = await signIn({ code: code('requestAuthCode'), codeKind: 'preAuthorization' });
    expect(older.status).toBe(200);
    expect(older.body.user.id).toBe(modern.body.user.id);
  });

  it('is refused when a code is exchanged as the other kind', async () => {
    const asAuthorization = await signIn({ code: code('requestAuthCode'), codeKind: 'authorization' });
    expect(asAuthorization.status).toBe(401);
    expect(asAuthorization.body).toMatchObject({ error: { code: 'PLATFORM_CODE_INVALID' } });
    const asPreAuthorization = await signIn({ code: code('requestAccess'), codeKind: 'preAuthorization' });
    expect(asPreAuthorization.body).toMatchObject({ error: { code: 'PLATFORM_CODE_INVALID' } });
  });

  it('answers 400 for a code kind it does not know', async () => {
    const res = await signIn({ code: code('requestAccess'), codeKind: 'ticket' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { codeKind: expect.any(String) } } });
  });
});
