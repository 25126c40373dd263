import { startWeComEmulator, type WeComEmulator } from '@test/emulators/wecom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { weComAppKey, weComCorp } from './fixtures';
import { getJson, sendJson } from './http';

let wecom: WeComEmulator;
beforeAll(async () => {
  wecom = await startWeComEmulator();
  wecom.addOrg(weComCorp);
  wecom.addOrg({
    ...weComCorp,
    agentId: 1000005,
    secret: 'wecom-secret-old',
    exposesSensitiveFields: true,
    users: [],
  });
});
afterAll(() => wecom.close());
beforeEach(() => wecom.reset());

const HOUR = 3_600_000;
const tokenFor = async (secret = weComCorp.secret) =>
  (
    await getJson<{ errcode: number; access_token: string; expires_in: number }>(
      `${wecom.baseUrl}/cgi-bin/gettoken?corpid=${weComCorp.corpId}&corpsecret=${secret}`,
    )
  ).body;
const cgi = (path: string, token: string, query = '') =>
  `${wecom.baseUrl}/cgi-bin/${path}?access_token=${token}${query}`;

describe('WeCom access tokens', () => {
  it('returns the same token while it lives, without extending it, then a new one', async () => {
    const first = await tokenFor();
    expect(first).toMatchObject({ errcode: 0, errmsg: 'ok', expires_in: 7200 });
    wecom.advanceClock(HOUR);
    const same = await tokenFor();
    expect(same.access_token).toBe(first.access_token);
    expect(same.expires_in).toBeLessThanOrEqual(3600);
    wecom.advanceClock(HOUR + 1000);
    expect((await getJson(cgi('get_jsapi_ticket', first.access_token))).body).toMatchObject({
      errcode: 42001,
    });
    expect((await tokenFor()).access_token).not.toBe(first.access_token);
  });

  it('keeps one token per app and refuses bad corp ids, secrets and missing parameters', async () => {
    expect((await tokenFor('wecom-secret-old')).access_token).not.toBe((await tokenFor()).access_token);
    expect((await tokenFor('wrong')).errcode).toBe(40091);
    expect((await getJson(`${wecom.baseUrl}/cgi-bin/gettoken?corpid=nope&corpsecret=x`)).body).toMatchObject({
      errcode: 40013,
    });
    const missing = await getJson<{ errcode: number; errmsg: string }>(
      `${wecom.baseUrl}/cgi-bin/gettoken?corpsecret=x`,
    );
    expect(missing.body.errcode).toBe(41002);
    expect(missing.body.errmsg).toMatch(
      /more info at https:\/\/open\.work\.weixin\.qq\.com\/devtool\/query\?e=41002/,
    );
  });

  it('answers 40014 for a revoked token and 42001 for an armed expiry', async () => {
    const { access_token: token } = await tokenFor();
    wecom.failNext({ route: '/cgi-bin/user/get', times: 1, with: 'token_invalid' });
    expect((await getJson(cgi('user/get', token, '&userid=fangzhi'))).body).toMatchObject({ errcode: 42001 });
    wecom.invalidateTokens();
    expect((await getJson(cgi('user/get', token, '&userid=fangzhi'))).body).toMatchObject({ errcode: 40014 });
    wecom.failNext({ route: '/cgi-bin/gettoken', times: 1, with: 'server_error' });
    expect((await tokenFor()).errcode).toBe(-1);
  });
});

describe('WeCom JS-SDK tickets', () => {
  it('issues distinct corp and agent tickets and stops an app at 100 agent tickets an hour', async () => {
    const { access_token: token } = await tokenFor();
    const corp = await getJson<{ ticket: string }>(cgi('get_jsapi_ticket', token));
    const agent = await getJson<{ ticket: string }>(cgi('ticket/get', token, '&type=agent_config'));
    expect(corp.body).toMatchObject({ errcode: 0, expires_in: 7200 });
    expect(agent.body.ticket).not.toBe(corp.body.ticket);
    expect(wecom.currentTickets(weComAppKey)).toEqual({
      jsapi: corp.body.ticket,
      agentJsapi: agent.body.ticket,
    });
    expect((await getJson(cgi('ticket/get', token))).body).toMatchObject({ errcode: 40058 });
    for (let i = 1; i < 100; i++) await getJson(cgi('ticket/get', token, '&type=agent_config'));
    expect((await getJson(cgi('ticket/get', token, '&type=agent_config'))).body).toMatchObject({
      errcode: 45009,
    });
    expect(wecom.counters()[weComAppKey]?.ticketFetches).toBe(101);
  });

  it('checks config and agentConfig signatures against their own tickets', async () => {
    const { createHash } = await import('node:crypto');
    const { access_token: token } = await tokenFor();
    const agent = (await getJson<{ ticket: string }>(cgi('ticket/get', token, '&type=agent_config'))).body
      .ticket;
    const url = 'https://fieldloop.example/visits';
    const signature = createHash('sha1')
      .update(`jsapi_ticket=${agent}&noncestr=n1&timestamp=1700000000&url=${url}`)
      .digest('hex');
    const check = { appKey: weComAppKey, url, nonceStr: 'n1', timestamp: 1700000000, signature };
    expect(wecom.verifyJsapiSignature({ ...check, kind: 'agentJsapi' })).toMatchObject({
      ok: true,
      algorithm: 'sha1',
    });
    expect(wecom.verifyJsapiSignature({ ...check, kind: 'jsapi' }).ok).toBe(false);
  });
});

describe('WeCom OAuth sign-in', () => {
  const authorize = (query: string) =>
    fetch(`${wecom.baseUrl}/connect/oauth2/authorize?appid=${weComCorp.corpId}&response_type=code&${query}`, {
      redirect: 'manual',
    });
  const redirect = encodeURIComponent('https://fieldloop.example/login?from=wecom');

  it('redirects with a code for the chosen user, exchanged once, then 40029', async () => {
    const page = await authorize(`redirect_uri=${redirect}&scope=snsapi_base&state=abc&emu_user=fangzhi`);
    expect(page.status).toBe(302);
    const target = new URL(page.headers.get('location') ?? '');
    expect(target.origin + target.pathname).toBe('https://fieldloop.example/login');
    expect(target.searchParams.get('from')).toBe('wecom');
    expect(target.searchParams.get('state')).toBe('abc');
    const { access_token: token } = await tokenFor();
    const code = target.searchParams.get('code') ?? '';
    expect((await getJson(cgi('auth/getuserinfo', token, `&code=${code}`))).body).toEqual({
      errcode: 0,
      errmsg: 'ok',
      userid: 'fangzhi',
    });
    expect((await getJson(cgi('auth/getuserinfo', token, `&code=${code}`))).body).toMatchObject({
      errcode: 40029,
    });
  });

  it('signs in the current user set over HTTP, gives a user_ticket for snsapi_privateinfo with agentid', async () => {
    await sendJson(`${wecom.baseUrl}/__emu/current-user`, { corpId: weComCorp.corpId, userId: 'TangYue' });
    const page = await authorize(
      `redirect_uri=${redirect}&scope=snsapi_privateinfo&agentid=${weComCorp.agentId}`,
    );
    const code = new URL(page.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const info = await getJson(cgi('auth/getuserinfo', (await tokenFor()).access_token, `&code=${code}`));
    expect(info.body).toMatchObject({ userid: 'TangYue', user_ticket: expect.any(String), expires_in: 1800 });
  });

  it('refuses a redirect outside the trusted domain with 50001, and expires codes after 5 minutes', async () => {
    const strict = await startWeComEmulator();
    try {
      strict.addOrg({ ...weComCorp, trustedDomain: 'fieldloop.example' });
      const page = await fetch(
        `${strict.baseUrl}/connect/oauth2/authorize?appid=${weComCorp.corpId}&response_type=code&emu_user=fangzhi&redirect_uri=${encodeURIComponent('https://evil.example/')}`,
        { redirect: 'manual' },
      );
      expect(page.status).toBe(400);
      expect(await page.text()).toMatch(/50001/);
    } finally {
      await strict.close();
    }
    const code = wecom.mintAuthCode({ corpId: weComCorp.corpId, userId: 'fangzhi' });
    wecom.advanceClock(5 * 60_000 + 1);
    const late = await getJson(cgi('auth/getuserinfo', (await tokenFor()).access_token, `&code=${code}`));
    expect(late.body).toMatchObject({ errcode: 40029 });
  });

  it('tells an app its own 可信域名 through agent/get, and refuses to describe another app', async () => {
    const token = (await tokenFor()).access_token;
    const own = cgi('agent/get', token, `&agentid=${weComCorp.agentId}`);
    expect((await getJson(own)).body.redirect_domain).toBeUndefined();
    wecom.setTrustedDomain(weComAppKey, 'fieldloop.example');
    try {
      expect((await getJson(own)).body).toMatchObject({
        errcode: 0,
        agentid: Number(weComCorp.agentId),
        redirect_domain: 'fieldloop.example',
      });
    } finally {
      wecom.setTrustedDomain(weComAppKey, null);
    }
    const other = await getJson(cgi('agent/get', token, '&agentid=1000005'));
    expect(other.body).toMatchObject({ errcode: 301002 });
  });

  it('hides mobile, email and avatar from user/get for apps created after 2022-06-20', async () => {
    const fresh = await getJson(cgi('user/get', (await tokenFor()).access_token, '&userid=tangyue'));
    expect(fresh.body).toMatchObject({
      errcode: 0,
      userid: 'TangYue',
      department: [1, 5],
      is_leader_in_dept: [0, 1],
    });
    expect(fresh.body.mobile).toBeUndefined();
    const old = await getJson(
      cgi('user/get', (await tokenFor('wecom-secret-old')).access_token, '&userid=TangYue'),
    );
    expect(old.body).toMatchObject({ mobile: '13900000001' });
    expect(
      (await getJson(cgi('user/get', (await tokenFor()).access_token, '&userid=ghost'))).body,
    ).toMatchObject({
      errcode: 60111,
    });
  });
});
