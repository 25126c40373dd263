import { type FeishuEmulator, startFeishuEmulator } from '@test/emulators/feishu';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feishuApp } from './fixtures';
import { getJson, sendJson } from './http';

let feishu: FeishuEmulator;
beforeAll(async () => {
  feishu = await startFeishuEmulator();
  feishu.addApp(feishuApp);
});
afterAll(() => feishu.close());
beforeEach(() => feishu.reset());

const MINUTE = 60_000;
const credentials = { app_id: feishuApp.appId, app_secret: feishuApp.appSecret };
const url = (path: string) => `${feishu.baseUrl}${path}`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function tenantToken(): Promise<{ tenant_access_token: string; expire: number }> {
  return (
    await sendJson<{ tenant_access_token: string; expire: number }>(
      url('/open-apis/auth/v3/tenant_access_token/internal'),
      credentials,
    )
  ).body;
}
async function appToken(): Promise<string> {
  const { body } = await sendJson<{ app_access_token: string }>(
    url('/open-apis/auth/v3/app_access_token/internal'),
    credentials,
  );
  return body.app_access_token;
}
const ticketWith = (token: string) => getJson(url('/open-apis/jssdk/ticket/get'), bearer(token));

describe('Feishu app tokens', () => {
  it('keeps the token while 30 minutes remain, reporting the remaining seconds, then overlaps a new one', async () => {
    const first = await tenantToken();
    expect(first).toEqual({
      code: 0,
      msg: 'ok',
      tenant_access_token: expect.stringMatching(/^t-/),
      expire: 7200,
    });
    feishu.advanceClock(60 * MINUTE);
    const same = await tenantToken();
    expect(same.tenant_access_token).toBe(first.tenant_access_token);
    expect(same.expire).toBeLessThanOrEqual(3600);
    expect(same.expire).toBeGreaterThan(3590);

    feishu.advanceClock(35 * MINUTE);
    const next = await tenantToken();
    expect(next.tenant_access_token).not.toBe(first.tenant_access_token);
    expect(next.expire).toBe(7200);
    expect((await ticketWith(first.tenant_access_token)).body).toMatchObject({ code: 0 });
    feishu.advanceClock(26 * MINUTE);
    expect((await ticketWith(first.tenant_access_token)).body).toMatchObject({ code: 99991663 });
    expect((await ticketWith(next.tenant_access_token)).body).toMatchObject({ code: 0 });
  });

  it('answers app_access_token with a tenant token beside it, and 10014 for a wrong secret', async () => {
    const { body } = await sendJson(url('/open-apis/auth/v3/app_access_token/internal'), credentials);
    expect(body).toMatchObject({ code: 0, app_access_token: expect.stringMatching(/^a-/), expire: 7200 });
    expect(body.tenant_access_token).toBe((await tenantToken()).tenant_access_token);
    const wrong = await sendJson(url('/open-apis/auth/v3/tenant_access_token/internal'), {
      ...credentials,
      app_secret: 'nope',
    });
    expect(wrong.body).toMatchObject({ code: 10014 });
  });

  it('answers 99991663 with HTTP 200 by default and with 400 when configured', async () => {
    const stale = await getJson(url('/open-apis/jssdk/ticket/get'), bearer('t-unknown'));
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ code: 99991663 });
    await sendJson(url('/__emu/options'), { tokenErrorStatus: 400 });
    expect((await getJson(url('/open-apis/jssdk/ticket/get'), bearer('t-unknown'))).status).toBe(400);
    const strict = await startFeishuEmulator({ tokenErrorStatus: 400 });
    try {
      expect((await getJson(`${strict.baseUrl}/open-apis/jssdk/ticket/get`)).body).toMatchObject({
        code: 99991661,
      });
    } finally {
      await strict.close();
    }
  });

  it('revokes live tokens early on invalidateTokens', async () => {
    const { tenant_access_token: token } = await tenantToken();
    feishu.invalidateTokens();
    expect((await ticketWith(token)).body).toMatchObject({ code: 99991663 });
    expect((await tenantToken()).tenant_access_token).not.toBe(token);
  });
});

describe('Feishu sign-in', () => {
  it('exchanges a requestAuthCode code once through v1 with the app token, then answers 20007', async () => {
    const token = await appToken();
    const code = feishu.mintAuthCode({ appId: feishuApp.appId, openId: 'ou_guan', kind: 'requestAuthCode' });
    const exchange = () =>
      sendJson(
        url('/open-apis/authen/v1/access_token'),
        { grant_type: 'authorization_code', code },
        { headers: bearer(token) },
      );
    const first = await exchange();
    expect(first.body).toMatchObject({
      code: 0,
      data: {
        access_token: expect.stringMatching(/^u-/),
        open_id: 'ou_guan',
        tenant_key: 'tenant-emutest',
        name: '关若楠',
      },
    });
    const again = await exchange();
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ code: 20007 });
    expect(feishu.counters()[feishuApp.appId]?.codeExchanges).toBe(2);
  });

  it('expires requestAccess codes after 3 minutes and requestAuthCode codes after 5', async () => {
    const token = await appToken();
    const access = feishu.mintAuthCode({ appId: feishuApp.appId, openId: 'ou_shi', kind: 'requestAccess' });
    const authCode = feishu.mintAuthCode({
      appId: feishuApp.appId,
      openId: 'ou_shi',
      kind: 'requestAuthCode',
    });
    feishu.advanceClock(4 * MINUTE);
    const oidc = (code: string) =>
      sendJson(
        url('/open-apis/authen/v1/oidc/access_token'),
        { grant_type: 'authorization_code', code },
        { headers: bearer(token) },
      );
    const expired = await sendJson(url('/open-apis/authen/v2/oauth/token'), {
      grant_type: 'authorization_code',
      client_id: feishuApp.appId,
      client_secret: feishuApp.appSecret,
      code: access,
    });
    expect(expired.body).toMatchObject({ code: 20003, error: 'invalid_grant' });
    const ok = await oidc(authCode);
    expect(ok.body).toMatchObject({
      code: 0,
      data: { access_token: expect.any(String), token_type: 'Bearer' },
    });
    expect((ok.body.data as Record<string, unknown>).open_id).toBeUndefined();
  });

  it('refuses each kind of code at the other kind’s endpoint, and it still works where it belongs', async () => {
    const token = await appToken();
    const preAuthorization = feishu.mintAuthCode({
      appId: feishuApp.appId,
      openId: 'ou_guan',
      kind: 'requestAuthCode',
    });
    const authorization = feishu.mintAuthCode({ appId: feishuApp.appId, openId: 'ou_guan' });
    const v1 = (code: string) =>
      sendJson(
        url('/open-apis/authen/v1/access_token'),
        { grant_type: 'authorization_code', code },
        { headers: bearer(token) },
      );
    const v2 = (code: string) =>
      sendJson(url('/open-apis/authen/v2/oauth/token'), {
        grant_type: 'authorization_code',
        client_id: feishuApp.appId,
        client_secret: feishuApp.appSecret,
        code,
      });
    expect((await v2(preAuthorization)).body).toMatchObject({ code: 20003, error: 'invalid_grant' });
    expect((await v1(authorization)).body).toMatchObject({ code: 20007 });
    expect((await v1(preAuthorization)).body).toMatchObject({ code: 0, data: { open_id: 'ou_guan' } });
    expect((await v2(authorization)).body).toMatchObject({ code: 0, access_token: expect.any(String) });
  });

  it('exchanges through v2 OAuth, rotates refresh tokens and reads user_info with the user token', async () => {
    const code = feishu.mintAuthCode({ appId: feishuApp.appId, openId: 'ou_shi', scope: 'offline_access' });
    const token = (body: Record<string, unknown>) =>
      sendJson<Record<string, string>>(url('/open-apis/authen/v2/oauth/token'), {
        client_id: feishuApp.appId,
        client_secret: feishuApp.appSecret,
        ...body,
      });
    const first = await token({ grant_type: 'authorization_code', code });
    expect(first.body).toMatchObject({
      code: 0,
      token_type: 'Bearer',
      expires_in: 7200,
      refresh_token: expect.any(String),
    });
    const used = await token({ grant_type: 'authorization_code', code });
    expect(used.status).toBe(400);
    expect(used.body).toMatchObject({ error: 'invalid_grant' });

    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token });
    expect(refreshed.body.refresh_token).not.toBe(first.body.refresh_token);
    expect(
      (await token({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token })).body,
    ).toMatchObject({
      error: 'invalid_grant',
    });
    const info = await getJson(
      url('/open-apis/authen/v1/user_info'),
      bearer(refreshed.body.access_token ?? ''),
    );
    expect(info.body).toMatchObject({
      code: 0,
      data: { open_id: 'ou_shi', email: 'shi@example.cn', user_id: 'shi02' },
    });
  });

  it('redirects the browser OAuth page for the chosen user', async () => {
    await sendJson(url('/__emu/current-user'), { appId: feishuApp.appId, openId: 'ou_guan' });
    const page = await fetch(
      url(
        `/open-apis/authen/v1/authorize?client_id=${feishuApp.appId}&redirect_uri=${encodeURIComponent('http://app.test/cb?x=1')}&state=s1`,
      ),
      { redirect: 'manual' },
    );
    expect(page.status).toBe(302);
    const target = new URL(page.headers.get('location') ?? '');
    expect(target.searchParams.get('state')).toBe('s1');
    expect(target.searchParams.get('x')).toBe('1');
    const exchange = await sendJson(url('/open-apis/authen/v2/oauth/token'), {
      grant_type: 'authorization_code',
      client_id: feishuApp.appId,
      client_secret: feishuApp.appSecret,
      code: target.searchParams.get('code'),
      redirect_uri: 'http://app.test/cb?x=1',
    });
    expect(exchange.body).toMatchObject({ code: 0 });
    expect(exchange.body.refresh_token).toBeUndefined();
  });
});

describe('Feishu contacts and tickets', () => {
  it('looks a user up by open_id or user_id and answers 41050 for someone outside the app', async () => {
    const token = (await tenantToken()).tenant_access_token;
    const byOpenId = await getJson(url('/open-apis/contact/v3/users/ou_guan'), bearer(token));
    expect(byOpenId.body).toMatchObject({
      code: 0,
      data: { user: { open_id: 'ou_guan', department_ids: ['od-sales'], is_tenant_manager: true } },
    });
    const byUserId = await getJson(
      url('/open-apis/contact/v3/users/shi02?user_id_type=user_id'),
      bearer(token),
    );
    expect(byUserId.body).toMatchObject({ data: { user: { open_id: 'ou_shi' } } });
    expect((await getJson(url('/open-apis/contact/v3/users/ou_nobody'), bearer(token))).body).toMatchObject({
      code: 41050,
    });
  });

  it('issues the JS-SDK ticket by POST or GET and counts the fetches', async () => {
    const token = (await tenantToken()).tenant_access_token;
    const post = await sendJson(url('/open-apis/jssdk/ticket/get'), {}, { headers: bearer(token) });
    expect(post.body).toMatchObject({
      code: 0,
      msg: 'ok',
      data: { expire_in: 7200, ticket: expect.any(String) },
    });
    const get = await ticketWith(token);
    expect((get.body.data as { ticket: string }).ticket).toBe((post.body.data as { ticket: string }).ticket);
    expect(feishu.counters()[feishuApp.appId]).toMatchObject({ tokenFetches: 1, ticketFetches: 2 });
    expect(feishu.currentTicket(feishuApp.appId)).toBe((post.body.data as { ticket: string }).ticket);
  });
});
