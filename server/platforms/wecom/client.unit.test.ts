import { createHash } from 'node:crypto';
import { type FakeUpstream, type Reply, startFakeUpstream } from '@test/helpers/fake-upstream';
import { rejection } from '@test/helpers/platform-errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlatformClient } from '../index';
import type { OutgoingMessage, PlatformClient } from '../types';
import { weComOAuthLink } from './links';

let upstream: FakeUpstream;
let client: PlatformClient;
const secret = 'wecom-corp-secret-1';
const token = 'wecom-token-0123456789';

beforeEach(async () => {
  upstream = await startFakeUpstream();
  client = createPlatformClient(
    {
      platform: 'wecom',
      corpId: 'ww1436e0e65a779aee',
      agentId: '1000002',
      secret,
      callbackToken: 'cbtoken',
      callbackAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
      baseUrl: upstream.url,
    },
    { timeoutMs: 300 },
  );
});

afterEach(async () => {
  expect(upstream.unexpected).toEqual([]);
  await upstream.close();
});

const message: OutgoingMessage = {
  dedupeKey: 'req-7',
  title: '需求已批准',
  body: '客户 A 的需求「门店巡检」已批准',
  url: 'https://fieldloop.example/requirements/7',
  actions: [],
};

const oauthLink = (url: string) =>
  weComOAuthLink({ corpId: 'ww1436e0e65a779aee', agentId: '1000002', baseUrl: upstream.url }, url);

describe('WeCom client', () => {
  it('fetches the app token with corpid and corpsecret', async () => {
    upstream.route('GET /cgi-bin/gettoken', {
      json: { errcode: 0, errmsg: 'ok', access_token: token, expires_in: 7200 },
    });
    await expect(client.fetchAppToken()).resolves.toMatchObject({ value: token });
    expect(Object.fromEntries(upstream.sent(0).query)).toEqual({
      corpid: 'ww1436e0e65a779aee',
      corpsecret: secret,
    });
  });

  it('fetches the corp ticket and the agent ticket from their own endpoints', async () => {
    upstream.route('GET /cgi-bin/get_jsapi_ticket', {
      json: { errcode: 0, errmsg: 'ok', ticket: 'corp-t', expires_in: 7200 },
    });
    upstream.route('GET /cgi-bin/ticket/get', {
      json: { errcode: 0, errmsg: 'ok', ticket: 'agent-t', expires_in: 7200 },
    });
    await expect(client.fetchTicket(token, 'jsapi')).resolves.toMatchObject({ value: 'corp-t' });
    await expect(client.fetchTicket(token, 'agentJsapi')).resolves.toMatchObject({ value: 'agent-t' });
    expect(upstream.sent(1).query.get('type')).toBe('agent_config');
    expect(upstream.sent(1).query.get('access_token')).toBe(token);
  });

  it('exchanges a code for a member profile', async () => {
    upstream.route('GET /cgi-bin/auth/getuserinfo', { json: { errcode: 0, errmsg: 'ok', userid: 'lisi' } });
    upstream.route('GET /cgi-bin/user/get', {
      json: {
        errcode: 0,
        errmsg: 'ok',
        userid: 'lisi',
        name: '李四',
        department: [1, 5],
        position: '销售',
        avatar: '',
      },
    });
    await expect(client.exchangeCode(token, 'code-9')).resolves.toEqual({
      externalId: 'lisi',
      unionId: null,
      name: '李四',
      avatarUrl: null,
      mobile: null,
      email: null,
      departmentIds: ['1', '5'],
      isOrgAdmin: false,
      tenantKey: null,
    });
    expect(upstream.sent(0).query.get('code')).toBe('code-9');
    expect(upstream.sent(1).query.get('userid')).toBe('lisi');
  });

  it('refuses a code that belongs to someone outside the corp', async () => {
    upstream.route('GET /cgi-bin/auth/getuserinfo', {
      json: { errcode: 0, errmsg: 'ok', openid: 'oAAA', external_userid: 'wmAAA' },
    });
    await expect(client.exchangeCode(token, 'code-9')).rejects.toMatchObject({
      kind: 'rejected',
      platformCode: 'not_member',
    });
  });

  it('sends a textcard whose button opens the link', async () => {
    upstream.route('POST /cgi-bin/message/send', {
      json: { errcode: 0, errmsg: 'ok', invaliduser: '', msgid: 'm1' },
    });
    await expect(client.sendMessage(token, 'lisi', message)).resolves.toEqual({ platformMessageId: 'm1' });
    expect(upstream.sent(0).json()).toEqual({
      touser: 'lisi',
      agentid: 1000002,
      msgtype: 'textcard',
      textcard: {
        title: '需求已批准',
        description: '客户 A 的需求「门店巡检」已批准',
        url: oauthLink(message.url ?? ''),
      },
    });
  });

  it('labels the button with the first action, trimmed to four characters', async () => {
    upstream.route('POST /cgi-bin/message/send', { json: { errcode: 0, errmsg: 'ok', msgid: 'm2' } });
    const actions = [{ label: '立即查看详情', url: 'https://f.example/x' }];
    await client.sendMessage(token, 'lisi', { ...message, body: '长'.repeat(400), actions });
    const { textcard } = upstream.sent(0).json() as { textcard: Record<string, string> };
    expect(textcard).toMatchObject({ url: oauthLink('https://f.example/x'), btntxt: '立即查…' });
    expect(Buffer.byteLength(textcard.description ?? '')).toBeLessThanOrEqual(512);
  });

  it('treats a recipient listed as invalid as refused', async () => {
    upstream.route('POST /cgi-bin/message/send', {
      json: { errcode: 0, errmsg: 'ok', invaliduser: 'lisi', msgid: '' },
    });
    await expect(client.sendMessage(token, 'LiSi', message)).rejects.toMatchObject({ kind: 'rejected' });
  });

  it('signs config and agentConfig with their own tickets over a seconds timestamp', () => {
    const url = 'https://f.example/app?x=1';
    const config = client.jsapiConfig({ jsapi: 'corp-t', agentJsapi: 'agent-t' }, url, {
      nonceStr: 'n',
      now: 1_700_000_000_999,
    });
    const sign = (ticket: string) =>
      createHash('sha1')
        .update(`jsapi_ticket=${ticket}&noncestr=n&timestamp=1700000000&url=${url}`)
        .digest('hex');
    expect(config).toEqual({
      platform: 'wecom',
      corpId: 'ww1436e0e65a779aee',
      agentId: '1000002',
      config: { timestamp: 1_700_000_000, nonceStr: 'n', signature: sign('corp-t') },
      agentConfig: { timestamp: 1_700_000_000, nonceStr: 'n', signature: sign('agent-t') },
    });
  });
});

describe('WeCom error mapping', () => {
  const cases: [string, Reply, string, string][] = [
    ['expired token', { json: { errcode: 42001, errmsg: 'access_token expired' } }, 'token_invalid', '42001'],
    [
      'expired token reported as invalid',
      { json: { errcode: 40014, errmsg: 'invalid access_token' } },
      'token_invalid',
      '40014',
    ],
    [
      'used code',
      {
        json: {
          errcode: 40029,
          errmsg:
            'invalid code, hint: [x], from ip: 1.2.3.4, more info at https://open.work.weixin.qq.com/devtool/query?e=40029',
        },
      },
      'bad_code',
      '40029',
    ],
    ['bad secret', { json: { errcode: 40091, errmsg: 'secret is invalid' } }, 'bad_credentials', '40091'],
    ['bad corpid', { json: { errcode: 40013, errmsg: 'invalid corpid' } }, 'bad_credentials', '40013'],
    [
      'frequency limit',
      { json: { errcode: 45009, errmsg: 'api freq out of limit' } },
      'rate_limited',
      '45009',
    ],
    [
      'concurrency limit',
      { json: { errcode: 45033, errmsg: 'api concurrent out of limit' } },
      'rate_limited',
      '45033',
    ],
    ['system busy', { json: { errcode: -1, errmsg: 'system busy' } }, 'unavailable', '-1'],
    [
      'all recipients invalid',
      { json: { errcode: 81013, errmsg: 'user & party & tag all invalid' } },
      'rejected',
      '81013',
    ],
    ['server error', { status: 503, text: '' }, 'unavailable', '503'],
  ];

  it.each(cases)('maps %s', async (_name, reply, kind, code) => {
    upstream.route('GET /cgi-bin/auth/getuserinfo', reply);
    const error = await rejection(client.exchangeCode(token, 'the-code'));
    expect(error).toMatchObject({ platform: 'wecom', kind, platformCode: code });
    expect(error.message).not.toContain(token);
    expect(error.message).not.toContain('the-code');
    expect(error.message).not.toContain('1.2.3.4');
  });
});
