import type { FakeUpstream, Reply } from '@test/helpers/fake-upstream';
import { message, secret, startFeishuClient, stopFeishuClient, token } from '@test/helpers/feishu-client';
import { rejection } from '@test/helpers/platform-errors';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformClient } from '../types';

let upstream: FakeUpstream;
let client: PlatformClient;
let logLines: string[];

beforeEach(async () => {
  ({ upstream, client, logLines } = await startFeishuClient());
});
afterEach(() => stopFeishuClient({ upstream, client, logLines }));

describe('Feishu error mapping', () => {
  const invalidToken = {
    code: 99991663,
    msg: 'Invalid access token for authorization. Please make a request with token attached.',
  };
  const sendCases: [string, Reply, string, string][] = [
    ['invalid tenant token on HTTP 200', { json: invalidToken }, 'token_invalid', '99991663'],
    ['invalid tenant token on HTTP 400', { status: 400, json: invalidToken }, 'token_invalid', '99991663'],
    [
      'invalid token 99991661',
      { status: 400, json: { code: 99991661, msg: 'Missing access token' } },
      'token_invalid',
      '99991661',
    ],
    [
      'rate limit',
      { status: 429, json: { code: 99991400, msg: 'request trigger frequency limit' } },
      'rate_limited',
      '99991400',
    ],
    [
      'per-recipient message limit',
      { status: 400, json: { code: 230020, msg: 'This operation triggers the frequency limit.' } },
      'rate_limited',
      '230020',
    ],
    [
      'bot not enabled',
      { status: 400, json: { code: 230006, msg: 'Bot ability is not activated.' } },
      'rejected',
      '230006',
    ],
    ['gateway error', { status: 504, text: '<html>gateway timeout</html>' }, 'unavailable', '504'],
    ['slow answer', { delayMs: 1_000, json: { code: 0 } }, 'unavailable', 'network'],
  ];

  it.each(sendCases)('maps %s when sending', async (_name, reply, kind, code) => {
    upstream.route('POST /open-apis/im/v1/messages', reply);
    const error = await rejection(client.sendMessage(token, 'ou_5', message));
    expect(error).toMatchObject({ platform: 'feishu', kind, platformCode: code });
    expect(error.message).not.toContain(token);
  });

  const exchangeCases: [string, Reply, string, string][] = [
    [
      'used code (v2)',
      { status: 400, json: { code: 20003, error: 'invalid_grant', error_description: 'code is invalid' } },
      'bad_code',
      '20003',
    ],
    ['used code (20007)', { json: { code: 20007, msg: 'code invalid' } }, 'bad_code', '20007'],
    [
      'bad client secret',
      { status: 400, json: { error: 'invalid_client', error_description: 'bad secret' } },
      'bad_credentials',
      'invalid_client',
    ],
  ];

  it.each(exchangeCases)('maps %s when exchanging a code', async (_name, reply, kind, code) => {
    upstream.route('POST /open-apis/authen/v2/oauth/token', reply);
    const error = await rejection(client.exchangeCode(token, 'the-code'));
    expect(error).toMatchObject({ kind, platformCode: code });
    expect(error.message).not.toContain('the-code');
    expect(error.message).not.toContain(secret);
  });

  it('maps an invalid user token from user_info', async () => {
    upstream.route('POST /open-apis/authen/v2/oauth/token', {
      json: { code: 0, access_token: 'u-tok-abcdefghijklmnop' },
    });
    upstream.route('GET /open-apis/authen/v1/user_info', {
      status: 400,
      json: { code: 99991668, msg: 'invalid user token' },
    });
    await expect(client.exchangeCode(token, 'c')).rejects.toMatchObject({
      kind: 'token_invalid',
      platformCode: '99991668',
    });
  });

  it('maps a wrong app secret', async () => {
    upstream.route('POST /open-apis/auth/v3/tenant_access_token/internal', {
      json: { code: 10014, msg: 'app secret invalid' },
    });
    await expect(client.fetchAppToken()).rejects.toMatchObject({
      kind: 'bad_credentials',
      platformCode: '10014',
    });
  });
});
