import { createHash } from 'node:crypto';
import type { FakeUpstream } from '@test/helpers/fake-upstream';
import { message, secret, startFeishuClient, stopFeishuClient, token } from '@test/helpers/feishu-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformClient } from '../types';
import { feishuAppLink } from './links';

let upstream: FakeUpstream;
let client: PlatformClient;
let logLines: string[];

beforeEach(async () => {
  ({ upstream, client, logLines } = await startFeishuClient());
});
afterEach(() => stopFeishuClient({ upstream, client, logLines }));

const appLink = (url: string | null | undefined) =>
  feishuAppLink({ appId: 'cli_a1', baseUrl: null }, url ?? '');

describe('Feishu client', () => {
  it('fetches the tenant token through the SDK, with no token of its own', async () => {
    upstream.route('POST /open-apis/auth/v3/tenant_access_token/internal', {
      json: { code: 0, msg: 'ok', tenant_access_token: token, expire: 3339 },
    });
    const before = Date.now();
    const fetched = await client.fetchAppToken();
    expect(fetched.value).toBe(token);
    // `expire` is the remaining life, so it counts from now.
    expect(fetched.expiresAt).toBeGreaterThanOrEqual(before + 3_339_000);
    expect(fetched.expiresAt).toBeLessThan(before + 3_400_000);
    expect(upstream.sent(0).json()).toEqual({ app_id: 'cli_a1', app_secret: secret });
    expect(upstream.sent(0).headers.authorization).toBeUndefined();
  });

  it('fetches the JS-SDK ticket with the tenant token it is given', async () => {
    upstream.route('POST /open-apis/jssdk/ticket/get', {
      json: {
        code: 0,
        msg: 'ok',
        data: { expire_in: 7200, ticket: '0560604568baf296731aa37f0c8ebe3e049c19d7' },
      },
    });
    await expect(client.fetchTicket(token, 'jsapi')).resolves.toMatchObject({
      value: '0560604568baf296731aa37f0c8ebe3e049c19d7',
    });
    expect(upstream.sent(0).headers.authorization).toBe(`Bearer ${token}`);
  });

  it('exchanges a code with authen/v2, reads the person from user_info and their departments from contacts', async () => {
    upstream.route('POST /open-apis/authen/v2/oauth/token', {
      json: {
        code: 0,
        access_token: 'u-user-token-abcdefghijklmnop',
        expires_in: 7200,
        token_type: 'Bearer',
        scope: '',
      },
    });
    upstream.route('GET /open-apis/authen/v1/user_info', {
      json: {
        code: 0,
        msg: 'success',
        data: {
          name: '王五',
          avatar_url: 'https://a.example/1.png',
          open_id: 'ou_5',
          union_id: 'on_5',
          email: '',
          enterprise_email: 'wangwu@corp.example',
          tenant_key: '736588c9260f175d',
        },
      },
    });
    upstream.route('GET /open-apis/contact/v3/users/ou_5', {
      json: {
        code: 0,
        msg: 'success',
        data: { user: { open_id: 'ou_5', department_ids: ['od-sales', 'od-east'], is_tenant_manager: true } },
      },
    });
    await expect(client.exchangeCode(token, 'code-f')).resolves.toEqual({
      externalId: 'ou_5',
      unionId: 'on_5',
      name: '王五',
      avatarUrl: 'https://a.example/1.png',
      mobile: null,
      email: 'wangwu@corp.example',
      departmentIds: ['od-sales', 'od-east'],
      isOrgAdmin: true,
      tenantKey: '736588c9260f175d',
    });
    expect(upstream.sent(2).query.get('department_id_type')).toBe('open_department_id');
    expect(upstream.sent(2).headers.authorization).toBe(`Bearer ${token}`);
    expect(upstream.sent(0).json()).toEqual({
      grant_type: 'authorization_code',
      client_id: 'cli_a1',
      client_secret: secret,
      code: 'code-f',
    });
    expect(upstream.sent(1).headers.authorization).toBe('Bearer u-user-token-abcdefghijklmnop');
  });

  it('exchanges an older client’s 登录预授权码 at authen/v1 with an app_access_token, not at v2', async () => {
    const appAccessToken = 'a-g1044ghJRUIJJ5ELPPMNVA4RKPSRMQWGLXVRVU5Y';
    upstream.route('POST /open-apis/auth/v3/app_access_token/internal', {
      json: {
        code: 0,
        msg: 'ok',
        app_access_token: appAccessToken,
        expire: 7200,
        tenant_access_token: token,
      },
    });
    upstream.route('POST /open-apis/authen/v1/access_token', {
      json: {
        code: 0,
        msg: 'success',
        data: { access_token: 'u-user-token-abcdefghijklmnop', open_id: 'ou_7' },
      },
    });
    upstream.route('GET /open-apis/authen/v1/user_info', {
      json: { code: 0, data: { open_id: 'ou_7', name: '孙七' } },
    });
    upstream.route('GET /open-apis/contact/v3/users/ou_7', {
      json: { code: 0, msg: 'success', data: { user: { open_id: 'ou_7', department_ids: ['od-1'] } } },
    });
    await expect(client.exchangeCode(token, 'pre-code', 'preAuthorization')).resolves.toMatchObject({
      externalId: 'ou_7',
      name: '孙七',
      departmentIds: ['od-1'],
    });
    expect(upstream.sent(0).json()).toEqual({ app_id: 'cli_a1', app_secret: secret });
    expect(upstream.sent(1).json()).toEqual({ grant_type: 'authorization_code', code: 'pre-code' });
    expect(upstream.sent(1).headers.authorization).toBe(`Bearer ${appAccessToken}`);
  });

  it('signs a person in without departments when the app lacks contact scopes', async () => {
    upstream.route('POST /open-apis/authen/v2/oauth/token', {
      json: { code: 0, access_token: 'u-user-token-abcdefghijklmnop' },
    });
    upstream.route('GET /open-apis/authen/v1/user_info', {
      json: { code: 0, data: { open_id: 'ou_6', name: '赵六' } },
    });
    upstream.route('GET /open-apis/contact/v3/users/ou_6', {
      status: 400,
      json: {
        code: 99991672,
        msg: 'Access denied. One of the following scopes is required: [contact:user.base:readonly]',
      },
    });
    await expect(client.exchangeCode(token, 'code-g')).resolves.toMatchObject({
      externalId: 'ou_6',
      departmentIds: [],
    });
  });

  it('sends an interactive card to the open_id with a hashed uuid', async () => {
    upstream.route('POST /open-apis/im/v1/messages', {
      json: { code: 0, msg: 'success', data: { message_id: 'om_1' } },
    });
    await expect(client.sendMessage(token, 'ou_5', message)).resolves.toEqual({ platformMessageId: 'om_1' });
    const sent = upstream.sent(0);
    expect(sent.query.get('receive_id_type')).toBe('open_id');
    expect(sent.headers.authorization).toBe(`Bearer ${token}`);
    const body = sent.json() as { receive_id: string; msg_type: string; content: string; uuid: string };
    expect(body).toMatchObject({ receive_id: 'ou_5', msg_type: 'interactive' });
    expect(body.uuid).toBe(createHash('sha256').update(message.dedupeKey).digest('hex').slice(0, 50));
    expect(JSON.parse(body.content)).toEqual({
      config: { wide_screen_mode: true },
      header: { template: 'blue', title: { tag: 'plain_text', content: '拜访已确认' } },
      elements: [
        { tag: 'div', text: { tag: 'plain_text', content: message.body } },
        {
          tag: 'action',
          actions: [
            {
              tag: 'button',
              text: { tag: 'plain_text', content: '查看' },
              type: 'primary',
              url: appLink(message.actions[0]?.url),
            },
            {
              tag: 'button',
              text: { tag: 'plain_text', content: '报价' },
              type: 'default',
              url: appLink(message.actions[1]?.url),
            },
          ],
        },
      ],
      card_link: { url: appLink(message.url) },
    });
  });

  it('keeps a short dedupe key as the uuid', async () => {
    upstream.route('POST /open-apis/im/v1/messages', {
      json: { code: 0, msg: 'success', data: { message_id: 'om_2' } },
    });
    await client.sendMessage(token, 'ou_5', { ...message, dedupeKey: 'visit-9' });
    expect(upstream.sent(0).json()).toMatchObject({ uuid: 'visit-9' });
  });

  it('signs the JS-SDK config over a millisecond timestamp', () => {
    const url = 'https://f.example/app';
    const config = client.jsapiConfig({ jsapi: 'tk' }, url, { nonceStr: 'n', now: 1_700_000_000_123 });
    const plain = `jsapi_ticket=tk&noncestr=n&timestamp=1700000000123&url=${url}`;
    expect(config).toEqual({
      platform: 'feishu',
      appId: 'cli_a1',
      timestamp: 1_700_000_000_123,
      nonceStr: 'n',
      signature: createHash('sha1').update(plain).digest('hex'),
    });
  });
});
