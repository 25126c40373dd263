import { createHash } from 'node:crypto';
import { type Emulators, startEmulators } from '@test/emulators';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dingTalkCorp, feishuApp, weComAppKey, weComCorp } from './fixtures';
import { getJson, sendJson } from './http';

let emulators: Emulators;
beforeAll(async () => {
  emulators = await startEmulators({ seedDemo: false });
  emulators.dingtalk.addOrg(dingTalkCorp);
  emulators.feishu.addApp(feishuApp);
  emulators.wecom.addOrg(weComCorp);
});
afterAll(() => emulators.close());
beforeEach(() => {
  emulators.dingtalk.reset();
  emulators.feishu.reset();
  emulators.wecom.reset();
});

const all = () => [emulators.dingtalk, emulators.feishu, emulators.wecom];

describe('the /__emu control API', () => {
  it('answers CORS preflights from any page origin', async () => {
    for (const emulator of all()) {
      const preflight = await fetch(`${emulator.baseUrl}/__emu/auth-code`, {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    }
  });

  it('moves the clock, refuses bad control bodies with 400 and unknown control routes with 404', async () => {
    for (const emulator of all()) {
      const before = (await getJson<{ now: number }>(`${emulator.baseUrl}/__emu/clock`)).body.now;
      const after = await sendJson<{ now: number }>(`${emulator.baseUrl}/__emu/advance-clock`, {
        ms: 3_600_000,
      });
      expect(after.body.now - before).toBeGreaterThanOrEqual(3_600_000);
      const bad = await sendJson<{ error: string }>(`${emulator.baseUrl}/__emu/fail-next`, {
        route: '/x',
        with: 'boom',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatch(/with/);
      expect((await getJson(`${emulator.baseUrl}/__emu/nothing`)).status).toBe(404);
    }
  });

  it('answers each platform’s documented throttle codes when armed, and refuses codes it does not use', async () => {
    const throttled = async (baseUrl: string, route: string, code?: number) => {
      const armed = await sendJson(`${baseUrl}/__emu/fail-next`, { route, with: 'throttled', code });
      return armed.status === 204 ? (await sendJson(`${baseUrl}${route}`, {})).body : armed.status;
    };
    const { dingtalk, feishu, wecom } = emulators;
    const dingSend = '/topapi/message/corpconversation/asyncsend_v2';
    expect(await throttled(dingtalk.baseUrl, dingSend, 90001)).toMatchObject({
      errcode: 90001,
      errmsg: expect.stringContaining('暂时禁用'),
    });
    expect(await throttled(dingtalk.baseUrl, dingSend)).toMatchObject({ errcode: 90005 });
    expect(await throttled(wecom.baseUrl, '/cgi-bin/message/send', 45033)).toMatchObject({
      errcode: 45033,
      errmsg: expect.stringContaining('api concurrent out of limit'),
    });
    expect(await throttled(feishu.baseUrl, '/open-apis/im/v1/messages')).toMatchObject({ code: 230020 });
    expect(await throttled(feishu.baseUrl, '/open-apis/jssdk/ticket/get')).toMatchObject({
      code: 99991400,
    });
    expect(await throttled(dingtalk.baseUrl, dingSend, 45009)).toBe(400);
    expect(await throttled(wecom.baseUrl, '/cgi-bin/message/send', 90001)).toBe(400);
  });

  it('lists sent messages filtered by recipient and delivery, and counters per app', async () => {
    const { wecom } = emulators;
    const token = (
      await getJson<{ access_token: string }>(
        `${wecom.baseUrl}/cgi-bin/gettoken?corpid=${weComCorp.corpId}&corpsecret=${weComCorp.secret}`,
      )
    ).body.access_token;
    const send = (content: string) =>
      sendJson(`${wecom.baseUrl}/cgi-bin/message/send?access_token=${token}`, {
        agentid: weComCorp.agentId,
        touser: 'fangzhi',
        enable_duplicate_check: 1,
        msgtype: 'text',
        text: { content },
      });
    await send('一');
    await send('一');
    const dropped = await getJson<unknown[]>(
      `${wecom.baseUrl}/__emu/messages?recipient=fangzhi&delivered=false`,
    );
    expect(dropped.body).toHaveLength(1);
    const counters = await getJson(`${wecom.baseUrl}/__emu/counters`);
    expect(counters.body).toEqual({
      [weComAppKey]: { tokenFetches: 1, ticketFetches: 0, codeExchanges: 0, messageSends: 2 },
    });
    await sendJson(`${wecom.baseUrl}/__emu/reset`, {});
    expect((await getJson<unknown[]>(`${wecom.baseUrl}/__emu/messages`)).body).toEqual([]);
  });

  it('counts every ticket fetch, so a client that does not cache shows 50 under 50 concurrent calls', async () => {
    const { feishu } = emulators;
    const { tenant_access_token: token } = (
      await sendJson<{ tenant_access_token: string }>(
        `${feishu.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`,
        { app_id: feishuApp.appId, app_secret: feishuApp.appSecret },
      )
    ).body;
    await Promise.all(
      Array.from({ length: 50 }, () =>
        getJson(`${feishu.baseUrl}/open-apis/jssdk/ticket/get`, { authorization: `Bearer ${token}` }),
      ),
    );
    expect(feishu.counters()[feishuApp.appId]).toMatchObject({ tokenFetches: 1, ticketFetches: 50 });
  });

  it('lets the bridge double read the live ticket and check an h5sdk.config signature over HTTP', async () => {
    const { feishu } = emulators;
    const token = (
      await sendJson<{ tenant_access_token: string }>(
        `${feishu.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`,
        { app_id: feishuApp.appId, app_secret: feishuApp.appSecret },
      )
    ).body.tenant_access_token;
    await getJson(`${feishu.baseUrl}/open-apis/jssdk/ticket/get`, { authorization: `Bearer ${token}` });
    const { jsapi } = (
      await getJson<{ jsapi: string }>(`${feishu.baseUrl}/__emu/tickets?appKey=${feishuApp.appId}`)
    ).body;
    const url = 'http://127.0.0.1:5173/customers';
    const timestamp = 1_700_000_000_000;
    const signature = createHash('sha1')
      .update(`jsapi_ticket=${jsapi}&noncestr=n0&timestamp=${timestamp}&url=${url}`)
      .digest('hex');
    const verify = (body: Record<string, unknown>) =>
      sendJson(`${feishu.baseUrl}/__emu/jsapi-signature/verify`, {
        appKey: feishuApp.appId,
        url,
        nonceStr: 'n0',
        timestamp,
        signature,
        ...body,
      });
    expect((await verify({})).body).toEqual({ ok: true, algorithm: 'sha1', reason: null });
    expect((await verify({ timestamp: timestamp / 1000 })).body).toMatchObject({ ok: false });
  });

  it('mints a DingTalk code and revokes tokens over HTTP', async () => {
    const { dingtalk } = emulators;
    const tokenUrl = `${dingtalk.baseUrl}/gettoken?appkey=${dingTalkCorp.clientId}&appsecret=${dingTalkCorp.clientSecret}`;
    const first = (await getJson<{ access_token: string }>(tokenUrl)).body.access_token;
    await sendJson(`${dingtalk.baseUrl}/__emu/invalidate-tokens`, {});
    const second = (await getJson<{ access_token: string }>(tokenUrl)).body.access_token;
    expect(second).not.toBe(first);
    const { code } = (
      await sendJson<{ code: string }>(`${dingtalk.baseUrl}/__emu/auth-code`, {
        corpId: dingTalkCorp.corpId,
        userId: 'u-qiu',
      })
    ).body;
    const info = await sendJson(`${dingtalk.baseUrl}/topapi/v2/user/getuserinfo?access_token=${second}`, {
      code,
    });
    expect(info.body).toMatchObject({ result: { userid: 'u-qiu' } });
  });
});
