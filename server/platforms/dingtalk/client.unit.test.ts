import { createHash } from 'node:crypto';
import { type FakeUpstream, type Reply, startFakeUpstream } from '@test/helpers/fake-upstream';
import { rejection } from '@test/helpers/platform-errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlatformClient } from '../index';
import type { DingTalkSettings, OutgoingMessage, PlatformClient } from '../types';
import { dingTalkMessageLink } from './links';

let upstream: FakeUpstream;
let client: PlatformClient;
let settings: DingTalkSettings;
const secret = 'dt-app-secret-value';
const token = 'dt-token-0123456789';

beforeEach(async () => {
  upstream = await startFakeUpstream();
  settings = {
    platform: 'dingtalk',
    corpId: 'dingcorp1',
    clientId: 'dingclient1',
    clientSecret: secret,
    agentId: '3001',
    events: 'http',
    callbackToken: 'cbtoken',
    callbackAesKey: '1234567890123456789012345678901234567890123',
    baseUrl: `${upstream.url}/`,
  };
  client = createPlatformClient(settings, { timeoutMs: 300 });
});

afterEach(async () => {
  expect(upstream.unexpected).toEqual([]);
  await upstream.close();
});

const message: OutgoingMessage = {
  dedupeKey: 'visit-1',
  title: '拜访待确认',
  body: '张三 提交了拜访记录\n请确认',
  url: 'https://fieldloop.example/visits/1',
  actions: [],
};

describe('DingTalk client', () => {
  it('fetches the app token from api.dingtalk.com v1.0 with appKey and appSecret in the body', async () => {
    upstream.route('POST /v1.0/oauth2/accessToken', { json: { accessToken: token, expireIn: 7200 } });
    const before = Date.now();
    const fetched = await client.fetchAppToken();
    expect(fetched.value).toBe(token);
    expect(fetched.expiresAt).toBeGreaterThanOrEqual(before + 7_200_000);
    const [request] = upstream.requests;
    expect(JSON.parse(request?.body ?? '')).toEqual({ appKey: 'dingclient1', appSecret: secret });
    expect(request?.query.get('appsecret')).toBeNull();
  });

  it('fetches the jsapi ticket from api.dingtalk.com v1.0 with the token in its header', async () => {
    upstream.route('POST /v1.0/oauth2/jsapiTickets', { json: { jsapiTicket: 'tk1', expireIn: 7200 } });
    await expect(client.fetchTicket(token, 'jsapi')).resolves.toMatchObject({ value: 'tk1' });
    expect(upstream.requests[0]?.headers['x-acs-dingtalk-access-token']).toBe(token);
    expect(upstream.requests[0]?.query.get('access_token')).toBeNull();
    await expect(client.fetchTicket(token, 'agentJsapi')).rejects.toMatchObject({ kind: 'rejected' });
  });

  it('exchanges a code for the userid, then reads the profile', async () => {
    upstream.route('POST /topapi/v2/user/getuserinfo', {
      json: { errcode: 0, errmsg: 'ok', result: { userid: 'user456', unionid: 'union1', name: '张三' } },
    });
    upstream.route('POST /topapi/v2/user/get', {
      json: {
        errcode: 0,
        errmsg: 'ok',
        result: {
          userid: 'user456',
          unionid: 'union1',
          name: '张三',
          avatar: '',
          mobile: '13800000000',
          org_email: 'zhang@corp.example',
          dept_id_list: [2, 3],
        },
      },
    });
    await expect(client.exchangeCode(token, 'code-1')).resolves.toEqual({
      externalId: 'user456',
      unionId: 'union1',
      name: '张三',
      avatarUrl: null,
      mobile: '13800000000',
      email: 'zhang@corp.example',
      departmentIds: ['2', '3'],
      isOrgAdmin: false,
      tenantKey: null,
    });
    expect(upstream.requests.map((request) => request.json())).toEqual([
      { code: 'code-1' },
      { userid: 'user456', language: 'zh_CN' },
    ]);
  });

  it('sends a work notification as an action card with a single link', async () => {
    upstream.route('POST /topapi/message/corpconversation/asyncsend_v2', {
      json: { errcode: 0, task_id: 256271667526, request_id: 'r1' },
    });
    await expect(client.sendMessage(token, 'user456', message)).resolves.toEqual({
      platformMessageId: '256271667526',
    });
    expect(upstream.requests[0]?.json()).toEqual({
      agent_id: 3001,
      userid_list: 'user456',
      to_all_user: false,
      msg: {
        msgtype: 'action_card',
        action_card: {
          title: '拜访待确认',
          markdown: '#### 拜访待确认\n\n张三 提交了拜访记录  \n请确认',
          single_title: '查看详情',
          single_url: dingTalkMessageLink({ corpId: 'dingcorp1', agentId: '3001' }, message.url ?? ''),
        },
      },
    });
  });

  it('renders actions as buttons and trims the body to keep msg within 2048 bytes', async () => {
    upstream.route('POST /topapi/message/corpconversation/asyncsend_v2', {
      json: { errcode: 0, task_id: 1 },
    });
    const long = {
      ...message,
      body: '需求说明'.repeat(400),
      actions: [{ label: '同意这个需求并通知项目经理', url: 'https://f.example/a' }],
    };
    await client.sendMessage(token, 'user456', long);
    const { msg } = upstream.sent(0).json() as { msg: { action_card: Record<string, unknown> } };
    expect(Buffer.byteLength(JSON.stringify(msg))).toBeLessThanOrEqual(2048);
    expect(Buffer.byteLength(JSON.stringify(msg))).toBeGreaterThan(2000);
    expect(msg.action_card.markdown).toMatch(/…$/);
    expect(msg.action_card.btn_json_list).toEqual([
      {
        title: '同意这个需求并通知项目经理',
        action_url: dingTalkMessageLink({ corpId: 'dingcorp1', agentId: '3001' }, 'https://f.example/a'),
      },
    ]);
  });

  it('sends a plain markdown message when there is no link', async () => {
    upstream.route('POST /topapi/message/corpconversation/asyncsend_v2', {
      json: { errcode: 0, task_id: 2 },
    });
    await client.sendMessage(token, 'user456', { ...message, url: null });
    expect(upstream.requests[0]?.json()).toMatchObject({
      msg: { msgtype: 'markdown', markdown: { title: '拜访待确认' } },
    });
  });
});

describe('DingTalk error mapping', () => {
  const cases: [string, Reply, string, string][] = [
    [
      'bad appKey/appSecret',
      { json: { errcode: 40096, errmsg: '不合法的appKey或appSecret' } },
      'bad_credentials',
      '40096',
    ],
    [
      'invalid token wrapped in errcode 88',
      {
        json: {
          errcode: 88,
          sub_code: '40014',
          sub_msg: '不合法的access_token',
          errmsg: 'ding talk error',
          request_id: 'x',
        },
      },
      'token_invalid',
      '88/40014',
    ],
    ['plain 40014', { json: { errcode: 40014, errmsg: 'invalid token' } }, 'token_invalid', '40014'],
    ['42001', { json: { errcode: 42001, errmsg: 'expired' } }, 'token_invalid', '42001'],
    ['used code', { json: { errcode: 40078, errmsg: '不存在的临时授权码' } }, 'bad_code', '40078'],
    ['server banned for a while', { json: { errcode: 90001, errmsg: '暂时禁用' } }, 'rate_limited', '90001'],
    ['per-API limit', { json: { errcode: 90002, errmsg: 'limit' } }, 'rate_limited', '90002'],
    ['corp banned for a while', { json: { errcode: 90003, errmsg: '暂时禁用' } }, 'rate_limited', '90003'],
    ['secret banned for a while', { json: { errcode: 90004, errmsg: '暂时禁用' } }, 'rate_limited', '90004'],
    ['corp over an API limit', { json: { errcode: 90005, errmsg: '次数过多' } }, 'rate_limited', '90005'],
    ['secret over an API limit', { json: { errcode: 90006, errmsg: '次数过多' } }, 'rate_limited', '90006'],
    [
      'app QPS limit',
      { json: { errcode: 90018, errmsg: '当前应用调用该接口超过QPS限制' } },
      'rate_limited',
      '90018',
    ],
    [
      'api host QPS limit',
      {
        status: 403,
        json: { code: 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', requestid: 'r', message: 'qps' },
      },
      'rate_limited',
      'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi',
    ],
    [
      'IP ban body',
      { json: { status: 1111, wait: 5, source: 'x5', punish: 'deny', uuid: 'u' } },
      'rate_limited',
      '1111',
    ],
    ['IP ban HTML page', { text: '<html>denied</html>' }, 'unavailable', '200'],
    ['server error', { status: 502, text: 'bad gateway' }, 'unavailable', '502'],
    [
      'api host invalid token',
      {
        status: 400,
        json: { code: 'InvalidAuthentication', requestid: 'r', message: '不合法的access_token' },
      },
      'token_invalid',
      'InvalidAuthentication',
    ],
    [
      'api host bad secret',
      {
        status: 400,
        json: { code: 'invalidClientIdOrSecret', requestid: 'r', message: '无效的clientId或者clientSecret' },
      },
      'bad_credentials',
      'invalidClientIdOrSecret',
    ],
    ['IP not whitelisted', { json: { errcode: 60020, errmsg: '访问ip不在白名单之中' } }, 'rejected', '60020'],
  ];

  it.each(cases)('maps %s', async (_name, reply, kind, code) => {
    upstream.route('POST /v1.0/oauth2/accessToken', reply);
    const error = await rejection(client.fetchAppToken());
    expect(error).toMatchObject({ platform: 'dingtalk', kind, platformCode: code });
    expect(error.message).not.toContain(secret);
  });

  it('maps a timeout to unavailable', async () => {
    upstream.route('POST /v1.0/oauth2/accessToken', { delayMs: 1_000, json: { errcode: 0 } });
    await expect(client.fetchAppToken()).rejects.toMatchObject({
      kind: 'unavailable',
      platformCode: 'network',
    });
  });

  it('maps a refused connection to unavailable', async () => {
    const closed = await startFakeUpstream();
    await closed.close();
    const offline = createPlatformClient({ ...settings, baseUrl: closed.url });
    await expect(offline.fetchAppToken()).rejects.toMatchObject({
      kind: 'unavailable',
      platformCode: 'network',
    });
  });

  it('keeps the code and token out of messages even when the platform echoes them', async () => {
    upstream.route('POST /topapi/v2/user/getuserinfo', {
      json: { errcode: 40078, errmsg: `code secret-code-42 unknown for token ${token}` },
    });
    const error = await rejection(client.exchangeCode(token, 'secret-code-42'));
    expect(error.kind).toBe('bad_code');
    expect(error.message).not.toContain('secret-code-42');
    expect(error.message).not.toContain(token);
  });
});

describe('DingTalk jsapiConfig', () => {
  it('signs with SHA-1 over a seconds timestamp', () => {
    const config = client.jsapiConfig({ jsapi: 'ticket-1' }, 'https://f.example/app?corpid=dingcorp1', {
      nonceStr: 'abc',
      now: 1_700_000_000_123,
    });
    const plain =
      'jsapi_ticket=ticket-1&noncestr=abc&timestamp=1700000000&url=https://f.example/app?corpid=dingcorp1';
    expect(config).toEqual({
      platform: 'dingtalk',
      agentId: '3001',
      corpId: 'dingcorp1',
      timeStamp: 1_700_000_000,
      nonceStr: 'abc',
      signature: createHash('sha1').update(plain).digest('hex'),
    });
  });
});
