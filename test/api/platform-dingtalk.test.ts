/** DingTalk end to end against the emulator: 免登, token caching and refresh, JS-API config, messages, callbacks. */

import { request } from 'node:http';
import { TenantDb } from '@server/core/db';
import { notifyPerson } from '@server/features/platform/service';
import type { Session } from '@shared/schemas/auth';
import type { Connection, JsapiConfig } from '@shared/schemas/platform';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { outboxWorker, runOutbox } from '@test/helpers/outbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const corpId = 'dingemucorp0001';
const app_ = { clientId: 'dingemuclient', clientSecret: 'emu-secret', agentId: '3001001' };
const callback = { callbackToken: 'mryue', callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7' };

let emulator: DingTalkEmulator;
let app: TestApp;
let tenant: TestTenant;
let admin: TestUser;
let connection: Connection;

beforeAll(async () => {
  emulator = await startDingTalkEmulator();
  emulator.addOrg({
    corpId,
    corpName: '示例科技',
    ...app_,
    ...callback,
    users: [
      {
        userId: 'zhanghaoran',
        name: '张浩然',
        mobile: '18709454633',
        departmentIds: [2],
        unionId: 'union-zhr',
      },
      { userId: 'linxiaowen', name: '林晓雯', departmentIds: [3] },
    ],
  });
  app = await startTestApp();
  tenant = await makeTenant(app, '示例科技');
  admin = await makeUser(tenant, 'admin');
  const created = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', {
    platform: 'dingtalk',
    corpId,
    ...app_,
    ...callback,
    baseUrl: emulator.baseUrl,
  });
  connection = created.body;
});
afterAll(async () => {
  await app.close();
  await emulator.close();
});

const signIn = (code: string) => app.api().post<Session>('/api/v1/auth/dingtalk', { corpId, code });

describe('免登 through DingTalk', () => {
  it('signs a new person in with the default role and their DingTalk name', async () => {
    const res = await signIn(emulator.mintAuthCode({ corpId, userId: 'zhanghaoran' }));
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      name: '张浩然',
      role: 'sales',
      tenant: { id: tenant.id, name: '示例科技' },
    });
  });

  it('recognises the same person on their next sign-in', async () => {
    const first = await signIn(emulator.mintAuthCode({ corpId, userId: 'linxiaowen' }));
    const second = await signIn(emulator.mintAuthCode({ corpId, userId: 'linxiaowen' }));
    expect(second.body.user.id).toBe(first.body.user.id);
  });

  it('gives a newcomer the role an admin mapped to their department', async () => {
    const mapping = { subject: 'department', externalId: '7', role: 'pm' };
    const mapped = await app
      .api(admin.token)
      .post(`/api/v1/platform/connections/${connection.id}/role-mappings`, mapping);
    expect(mapped.body).toMatchObject({ items: [{ ...mapping, id: expect.any(String) }] });
    emulator.addOrg({
      corpId,
      ...app_,
      ...callback,
      users: [{ userId: 'chenziang', name: '陈子昂', departmentIds: [7] }],
    });
    const res = await signIn(emulator.mintAuthCode({ corpId, userId: 'chenziang' }));
    expect(res.body.user).toMatchObject({ name: '陈子昂', role: 'pm' });
  });

  it('refuses a code used twice with PLATFORM_CODE_INVALID', async () => {
    const code = emulator.mintAuthCode({ corpId, userId: 'zhanghaoran' });
    expect((await signIn(code)).status).toBe(200);
    const again = await signIn(code);
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({ error: { code: 'PLATFORM_CODE_INVALID' } });
  });

  it('fetches one app token for 50 concurrent sign-ins', async () => {
    emulator.reset();
    const codes = Array.from({ length: 50 }, () => emulator.mintAuthCode({ corpId, userId: 'zhanghaoran' }));
    const statuses = (await Promise.all(codes.map(signIn))).map((res) => res.status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(emulator.counters()[app_.clientId]?.tokenFetches).toBe(1);
  });

  it('replaces a token DingTalk revoked early, once, and the sign-in still succeeds', async () => {
    await signIn(emulator.mintAuthCode({ corpId, userId: 'zhanghaoran' }));
    const before = emulator.counters()[app_.clientId]?.tokenFetches ?? 0;
    emulator.invalidateTokens();
    const res = await signIn(emulator.mintAuthCode({ corpId, userId: 'zhanghaoran' }));
    expect(res.status).toBe(200);
    expect(emulator.counters()[app_.clientId]?.tokenFetches).toBe(before + 1);
  });
});

describe('JS-API config', () => {
  const configPath = (pageUrl: string, refresh?: boolean) =>
    `/api/v1/platform/jsapi-config?connectionId=${connection.id}&url=${encodeURIComponent(pageUrl)}${refresh ? '&refresh=true' : ''}`;

  it('signs the page URL the way dd.config checks it: no fragment, the query decoded', async () => {
    const user = await makeUser(tenant, 'sales');
    // The page as the iOS client hands it over, encoded; DingTalk checks it decoded, as Android has it.
    const pageUrl = `${app.config.publicUrl}/?corpid=${corpId}&from=%E5%B7%A5%E4%BD%9C%E5%8F%B0&next=%2Fvisits`;
    const res = await app.api(user.token).get<JsapiConfig>(configPath(`${pageUrl}#top`));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ platform: 'dingtalk', corpId, agentId: app_.agentId });
    const config = res.body as Extract<JsapiConfig, { platform: 'dingtalk' }>;
    const checkedUrl = `${app.config.publicUrl}/?corpid=${corpId}&from=工作台&next=/visits`;
    expect(emulator.verifyJsapiSignature({ url: checkedUrl, ...config })).toMatchObject({
      ok: true,
      algorithm: 'sha1',
    });
  });

  it('signs with a ticket fetched anew when the page reports 52013, at most once a minute', async () => {
    const user = await makeUser(tenant, 'sales');
    const pageUrl = `${app.config.publicUrl}/?corpid=${corpId}`;
    const ask = async (refresh?: boolean) => {
      const res = await app.api(user.token).get<JsapiConfig>(configPath(pageUrl, refresh));
      expect(res.status).toBe(200);
      const config = res.body as Extract<JsapiConfig, { platform: 'dingtalk' }>;
      return emulator.verifyJsapiSignature({ url: pageUrl, ...config }).ok;
    };
    expect(await ask()).toBe(true);
    // DingTalk no longer holds the ticket this server cached (it reached its 24 h, or was re-created elsewhere).
    emulator.expireTicket(app_.clientId);
    expect(await ask()).toBe(false);
    const fetches = () => emulator.counters()[app_.clientId]?.ticketFetches ?? 0;
    const before = fetches();
    // Fetched less than a minute ago: a refresh signs with the cached ticket and does not ask DingTalk.
    expect(await ask(true)).toBe(false);
    expect(fetches()).toBe(before);
    await ageCachedTicket(61_000);
    expect(await ask(true)).toBe(true);
    expect(fetches()).toBe(before + 1);
    expect(await ask(true)).toBe(true);
    expect(fetches()).toBe(before + 1);
  });

  it('refuses a refresh flag that is not a boolean', async () => {
    const user = await makeUser(tenant, 'sales');
    const res = await app.api(user.token).get(`${configPath(`${app.config.publicUrl}/`)}&refresh=please`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { refresh: expect.any(String) } },
    });
  });

  it('refuses to sign a page of another site', async () => {
    const user = await makeUser(tenant, 'sales');
    const res = await app
      .api(user.token)
      .get(
        `/api/v1/platform/jsapi-config?connectionId=${connection.id}&url=${encodeURIComponent('https://evil.example.com/')}`,
      );
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { url: '只能为本应用的页面签名' } } });
  });

  it('refuses a page of another site even when the request names that site as its Host', async () => {
    const user = await makeUser(tenant, 'sales');
    const ask = (pageUrl: string, host: string) =>
      getWithHost(
        `/api/v1/platform/jsapi-config?connectionId=${connection.id}&url=${encodeURIComponent(pageUrl)}`,
        { authorization: `Bearer ${user.token}`, host, 'x-forwarded-host': host },
      );
    expect((await ask(`${app.config.publicUrl}/customers`, 'evil.example')).status).toBe(200);
    for (const [pageUrl, host] of [
      ['http://evil.example/customers', 'evil.example'],
      ['https://evil.example/', 'evil.example'],
      [
        `${app.config.publicUrl.replace('127.0.0.1', 'localhost')}/customers`,
        new URL(app.url).host.replace('127.0.0.1', 'localhost'),
      ],
    ] as const) {
      const res = await ask(pageUrl, host);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ error: { fields: { url: '只能为本应用的页面签名' } } });
    }
  });
});

/** As if this server had fetched the connection's cached JS-API ticket `ms` earlier. */
async function ageCachedTicket(ms: number): Promise<void> {
  const row = await new TenantDb(app.database.db, tenant.id)
    .selectFrom('platform_tokens')
    .select('fetched_at')
    .where('connection_id', '=', connection.id)
    .where('kind', '=', 'jsapi')
    .executeTakeFirstOrThrow();
  await new TenantDb(app.database.db, tenant.id)
    .updateTable('platform_tokens')
    .set({ fetched_at: row.fetched_at - ms })
    .where('connection_id', '=', connection.id)
    .where('kind', '=', 'jsapi')
    .execute();
}

/** A GET with headers fetch() will not send as given (Host). */
function getWithHost(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('work notifications through the outbox', () => {
  it('delivers exactly once, in order, through a DingTalk outage', async () => {
    const signedIn = await signIn(emulator.mintAuthCode({ corpId, userId: 'linxiaowen' }));
    const tdb = new TenantDb(app.database.db, tenant.id);
    for (const title of ['需求已排期', '需求已发布']) {
      await notifyPerson(tdb, signedIn.body.user.id, {
        dedupeKey: `decision:${title}`,
        title,
        body: '客户的需求有了新进展',
        url: `${app.config.publicUrl}/requirements`,
        actions: [],
      });
    }
    emulator.failNext({
      route: '/topapi/message/corpconversation/asyncsend_v2',
      times: 3,
      with: 'server_error',
    });
    let clock = Date.now();
    const worker = outboxWorker(app, { now: () => clock });
    for (let pass = 0; pass < 8; pass++) {
      await worker.runOnce();
      clock += 60_000;
    }
    const sent = emulator.sentMessages().filter((m) => m.recipient === 'linxiaowen');
    expect(sent.map((m) => JSON.stringify(m.content))).toEqual([
      expect.stringContaining('需求已排期'),
      expect.stringContaining('需求已发布'),
    ]);
  });
});

describe('callbacks', () => {
  const callbackUrl = () => `${app.url}/api/v1/callbacks/${connection.id}`;

  it('answers DingTalk’s check_url with the encrypted "success" it expects', async () => {
    const result = await emulator.pushCallback(app_.clientId, { EventType: 'check_url' }, callbackUrl());
    expect(result.status).toBe(200);
    expect(result.reply).toMatchObject({ plain: 'success', signatureValid: true, ownerKey: app_.clientId });
  });

  it('keeps a re-delivered event once', async () => {
    const event = { EventType: 'user_add_org', UserId: ['wangwu'], TimeStamp: '1700000000000' };
    await emulator.pushCallback(app_.clientId, event, callbackUrl());
    await emulator.pushCallback(app_.clientId, event, callbackUrl());
    const rows = await app.database.db
      .selectFrom('callback_inbox')
      .select('type')
      .where('type', '=', 'user_add_org')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('deactivates someone who left the organisation and ends their sessions', async () => {
    emulator.addOrg({
      corpId,
      ...app_,
      ...callback,
      users: [{ userId: 'leaver', name: '离职者', departmentIds: [2] }],
    });
    const session = await signIn(emulator.mintAuthCode({ corpId, userId: 'leaver' }));
    expect((await app.api(session.body.token).get('/api/v1/me')).status).toBe(200);
    const left = {
      EventType: 'user_leave_org',
      UserId: ['leaver'],
      CorpId: corpId,
      TimeStamp: String(Date.now()),
    };
    expect((await emulator.pushCallback(app_.clientId, left, callbackUrl())).status).toBe(200);
    await runOutbox(app);
    expect((await app.api(session.body.token).get('/api/v1/me')).status).toBe(401);
    const again = await signIn(emulator.mintAuthCode({ corpId, userId: 'leaver' }));
    expect(again.status).toBe(403);
  });

  it('re-reads a person whose details changed in DingTalk', async () => {
    const session = await signIn(emulator.mintAuthCode({ corpId, userId: 'linxiaowen' }));
    emulator.addOrg({
      corpId,
      ...app_,
      ...callback,
      users: [{ userId: 'linxiaowen', name: '林晓雯（产品部）', departmentIds: [3] }],
    });
    const changed = {
      EventType: 'user_modify_org',
      UserId: ['linxiaowen'],
      CorpId: corpId,
      TimeStamp: String(Date.now()),
    };
    await emulator.pushCallback(app_.clientId, changed, callbackUrl());
    await runOutbox(app);
    expect((await app.api(session.body.token).get<{ name: string }>('/api/v1/me')).body.name).toBe(
      '林晓雯（产品部）',
    );
  });

  it('refuses a forged callback', async () => {
    const res = await fetch(`${callbackUrl()}?msg_signature=forged&timestamp=1&nonce=abc`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ encrypt: 'AAAA' }),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: 'CALLBACK_REJECTED' } });
  });
});
