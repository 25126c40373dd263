import { createHash } from 'node:crypto';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dingTalkCorp } from './fixtures';
import { getJson, sendJson } from './http';

let dingtalk: DingTalkEmulator;
beforeAll(async () => {
  dingtalk = await startDingTalkEmulator();
  dingtalk.addOrg(dingTalkCorp);
});
afterAll(() => dingtalk.close());
beforeEach(() => dingtalk.reset());

const HOUR = 3_600_000;
const tokenUrl = () =>
  `${dingtalk.baseUrl}/gettoken?appkey=${dingTalkCorp.clientId}&appsecret=${dingTalkCorp.clientSecret}`;
async function fetchToken(): Promise<string> {
  const { body } = await getJson<{ access_token: string }>(tokenUrl());
  return body.access_token;
}
const oapi = (path: string, token: string) => `${dingtalk.baseUrl}${path}?access_token=${token}`;

describe('DingTalk app tokens', () => {
  it('answers the documented success shape and the same token while it lives, extending it', async () => {
    const first = await getJson(tokenUrl());
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ errcode: 0, errmsg: 'ok', expires_in: 7200 });
    dingtalk.advanceClock(1.5 * HOUR);
    const second = await getJson(tokenUrl());
    expect(second.body.access_token).toBe(first.body.access_token);
    dingtalk.advanceClock(1.5 * HOUR);
    // Extended by the second fetch, so still alive 3 h after the first one.
    const ticket = await getJson(oapi('/get_jsapi_ticket', String(first.body.access_token)));
    expect(ticket.body).toMatchObject({ errcode: 0, expires_in: 7200 });
    expect(dingtalk.counters()[dingTalkCorp.clientId]?.tokenFetches).toBe(2);
  });

  it('wants appkey/appsecret in the query (40035 otherwise) and answers 40096 for a wrong secret', async () => {
    const asForm = await fetch(`${dingtalk.baseUrl}/gettoken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `appkey=${dingTalkCorp.clientId}&appsecret=${dingTalkCorp.clientSecret}`,
    });
    expect(await asForm.json()).toMatchObject({ errcode: 22 });
    const bare = await getJson(`${dingtalk.baseUrl}/gettoken`);
    expect(bare.body).toMatchObject({ errcode: 40035, errmsg: '缺少参数 corpid or appkey' });
    const wrong = await getJson(
      `${dingtalk.baseUrl}/gettoken?appkey=${dingTalkCorp.clientId}&appsecret=nope`,
    );
    expect(wrong.body).toMatchObject({ errcode: 40096, errmsg: '不合法的appKey或appSecret' });
  });

  it('shares one token between oapi and api.dingtalk.com and answers 400 for bad client secrets', async () => {
    const oapiToken = await fetchToken();
    const api = await sendJson(`${dingtalk.baseUrl}/v1.0/oauth2/accessToken`, {
      appKey: dingTalkCorp.clientId,
      appSecret: dingTalkCorp.clientSecret,
    });
    expect(api.body).toEqual({ accessToken: oapiToken, expireIn: 7200 });
    const bad = await sendJson(`${dingtalk.baseUrl}/v1.0/oauth2/accessToken`, {
      appKey: 'x',
      appSecret: 'y',
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalidClientIdOrSecret', requestid: expect.any(String) });
  });

  it('answers 88/40014 at HTTP 200 for expired and revoked tokens, 88/40000 for a token in a header', async () => {
    const token = await fetchToken();
    dingtalk.advanceClock(2 * HOUR + 1000);
    const expired = await getJson(oapi('/get_jsapi_ticket', token));
    expect(expired.status).toBe(200);
    expect(expired.body).toMatchObject({ errcode: 88, sub_code: '40014', sub_msg: '不合法的access_token' });

    const fresh = await fetchToken();
    expect(fresh).not.toBe(token);
    dingtalk.invalidateTokens();
    expect((await getJson(oapi('/get_jsapi_ticket', fresh))).body).toMatchObject({ sub_code: '40014' });
    expect(await fetchToken()).not.toBe(fresh);

    const header = await getJson(`${dingtalk.baseUrl}/get_jsapi_ticket`, {
      'x-acs-dingtalk-access-token': fresh,
    });
    expect(header.body).toMatchObject({ errcode: 88, sub_code: '40000', sub_msg: 'access_token is blank' });
  });

  it('counts one token fetch per request: the emulator does not cache for the client', async () => {
    await Promise.all(Array.from({ length: 5 }, () => fetchToken()));
    expect(dingtalk.counters()[dingTalkCorp.clientId]).toMatchObject({ tokenFetches: 5 });
  });
});

describe('DingTalk JS-API tickets', () => {
  it('extends the ticket on re-fetch but never past 24 h from its creation, which its answer does not tell', async () => {
    const fetchTicket = async () =>
      (await getJson<{ ticket: string; expires_in: number }>(oapi('/get_jsapi_ticket', await fetchToken())))
        .body;
    const first = (await fetchTicket()).ticket;
    for (let hour = 0; hour < 23; hour++) {
      dingtalk.advanceClock(HOUR);
      expect(await fetchTicket()).toEqual(expect.objectContaining({ ticket: first, expires_in: 7200 }));
    }
    dingtalk.advanceClock(HOUR + 1000);
    expect((await fetchTicket()).ticket).not.toBe(first);
  });

  it('ends a ticket on request, as its cap or a re-creation elsewhere would', async () => {
    const ticketOf = async () =>
      (await getJson<{ ticket: string }>(oapi('/get_jsapi_ticket', await fetchToken()))).body.ticket;
    const first = await ticketOf();
    dingtalk.expireTicket(dingTalkCorp.clientId);
    expect(dingtalk.currentTicket(dingTalkCorp.clientId)).toBeNull();
    expect(await ticketOf()).not.toBe(first);
  });

  it('checks a dd.config signature with SHA-1 or SHA-256 and says which matched', async () => {
    const ticket = (await getJson<{ ticket: string }>(oapi('/get_jsapi_ticket', await fetchToken()))).body
      .ticket;
    const url = 'http://127.0.0.1:5173/visits?id=1';
    const plain = `jsapi_ticket=${ticket}&noncestr=abc&timestamp=1700000000&url=${url}`;
    for (const algorithm of ['sha1', 'sha256'] as const) {
      const signature = createHash(algorithm).update(plain).digest('hex');
      const verdict = dingtalk.verifyJsapiSignature({
        corpId: dingTalkCorp.corpId,
        agentId: dingTalkCorp.agentId,
        url,
        nonceStr: 'abc',
        timeStamp: 1700000000,
        signature,
      });
      expect(verdict).toEqual({ ok: true, algorithm, reason: null });
    }
    const withHash = dingtalk.verifyJsapiSignature({
      corpId: dingTalkCorp.corpId,
      agentId: String(dingTalkCorp.agentId),
      url: `${url}#top`,
      nonceStr: 'abc',
      timeStamp: 1700000000,
      signature: 'x',
    });
    expect(withHash.ok).toBe(false);
  });
});

describe('DingTalk 免登', () => {
  it('exchanges a code once, then answers 40078', async () => {
    const token = await fetchToken();
    const code = dingtalk.mintAuthCode({ corpId: dingTalkCorp.corpId, userId: 'u-lan' });
    const first = await sendJson(oapi('/topapi/v2/user/getuserinfo', token), { code });
    expect(first.body).toMatchObject({
      errcode: 0,
      result: { userid: 'u-lan', name: '蓝一鸣', sys: true, sys_level: 1, unionid: expect.any(String) },
    });
    const again = await sendJson(oapi('/topapi/v2/user/getuserinfo', token), { code });
    expect(again.body).toMatchObject({ errcode: 40078, errmsg: '不存在的临时授权码' });
    expect(dingtalk.counters()[dingTalkCorp.clientId]?.codeExchanges).toBe(2);
  });

  it('accepts the code as a form body, and expires it after 5 minutes', async () => {
    const token = await fetchToken();
    const code = dingtalk.mintAuthCode({ corpId: dingTalkCorp.corpId, userId: 'u-qiu' });
    const form = await fetch(oapi('/topapi/v2/user/getuserinfo', token), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ code }).toString(),
    });
    expect(await form.json()).toMatchObject({ errcode: 0, result: { userid: 'u-qiu' } });
    const late = dingtalk.mintAuthCode({ corpId: dingTalkCorp.corpId, userId: 'u-qiu' });
    dingtalk.advanceClock(5 * 60_000 + 1);
    const expired = await sendJson(oapi('/topapi/v2/user/getuserinfo', await fetchToken()), { code: late });
    expect(expired.body).toMatchObject({ errcode: 40078 });
  });

  it('describes a user with topapi/v2/user/get and answers 33012 for an unknown one', async () => {
    const token = await fetchToken();
    const user = await sendJson(oapi('/topapi/v2/user/get', token), { userid: 'u-qiu', language: 'zh_CN' });
    expect(user.body).toMatchObject({
      errcode: 0,
      result: { userid: 'u-qiu', dept_id_list: [20], leader_in_dept: [{ dept_id: 20, leader: true }] },
    });
    const unknown = await sendJson(oapi('/topapi/v2/user/get', token), { userid: 'nobody' });
    expect(unknown.body).toMatchObject({ errcode: 33012 });
  });

  it('mints codes over HTTP for the browser-side bridge double, with open CORS', async () => {
    const response = await fetch(`${dingtalk.baseUrl}/__emu/auth-code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://127.0.0.1:5173' },
      body: JSON.stringify({ corpId: dingTalkCorp.corpId, userId: 'u-mo' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { code } = (await response.json()) as { code: string };
    const info = await sendJson(oapi('/topapi/v2/user/getuserinfo', await fetchToken()), { code });
    expect(info.body).toMatchObject({ result: { userid: 'u-mo' } });
    const unknown = await sendJson(`${dingtalk.baseUrl}/__emu/auth-code`, { corpId: 'x', userId: 'y' });
    expect(unknown.status).toBe(404);
  });
});

describe('DingTalk work notifications', () => {
  const text = (content: string) => ({ msgtype: 'text', text: { content } });

  it('accepts a send, records it per recipient and reports it in getsendresult', async () => {
    const token = await fetchToken();
    const sent = await sendJson<{ errcode: number; task_id: number }>(
      oapi('/topapi/message/corpconversation/asyncsend_v2', token),
      { agent_id: dingTalkCorp.agentId, userid_list: 'u-lan,ghost', msg: text('拜访提醒') },
    );
    expect(sent.body).toMatchObject({
      errcode: 0,
      task_id: expect.any(Number),
      request_id: expect.any(String),
    });
    expect(dingtalk.sentMessages({ recipient: 'u-lan' })).toEqual([
      expect.objectContaining({ msgType: 'text', content: text('拜访提醒'), delivered: true }),
    ]);
    const result = await sendJson(oapi('/topapi/message/corpconversation/getsendresult', token), {
      agent_id: dingTalkCorp.agentId,
      task_id: sent.body.task_id,
    });
    expect(result.body).toMatchObject({
      errcode: 0,
      send_result: { invalid_user_id_list: ['ghost'], unread_user_id_list: ['u-lan'] },
    });
  });

  it('silently drops an identical message to the same person on the same day', async () => {
    const token = await fetchToken();
    const body = {
      agent_id: String(dingTalkCorp.agentId),
      dept_id_list: '20',
      msg: JSON.stringify(text('同一条')),
    };
    for (let i = 0; i < 2; i++) {
      const sent = await sendJson(oapi('/topapi/message/corpconversation/asyncsend_v2', token), body);
      expect(sent.body).toMatchObject({ errcode: 0 });
    }
    const toLan = dingtalk.sentMessages({ recipient: 'u-lan' });
    expect(toLan.map((message) => message.delivered)).toEqual([true, false]);
    expect(toLan[1]?.dropReason).toMatch(/identical/);
  });

  it('refuses a msg over 2048 bytes, two message types, a wrong agent and no recipients', async () => {
    const token = await fetchToken();
    const send = (body: Record<string, unknown>) =>
      sendJson(oapi('/topapi/message/corpconversation/asyncsend_v2', token), {
        agent_id: dingTalkCorp.agentId,
        userid_list: 'u-lan',
        ...body,
      });
    expect((await send({ msg: text('长'.repeat(700)) })).body).toMatchObject({ errcode: 40035 });
    expect((await send({ msg: { ...text('a'), markdown: { title: 't', text: 'b' } } })).body).toMatchObject({
      errcode: 40035,
    });
    expect((await send({ agent_id: 1, msg: text('a') })).body).toMatchObject({ errcode: 40056 });
    expect((await send({ userid_list: '', msg: text('a') })).body).toMatchObject({ errcode: 40035 });
    expect(dingtalk.sentMessages()).toEqual([]);
  });

  it('refuses an action card whose single_url is over 500 characters or a button link over 700', async () => {
    const token = await fetchToken();
    const send = (actionCard: Record<string, unknown>) =>
      sendJson(oapi('/topapi/message/corpconversation/asyncsend_v2', token), {
        agent_id: dingTalkCorp.agentId,
        userid_list: 'u-lan',
        msg: { msgtype: 'action_card', action_card: { title: 't', markdown: 'm', ...actionCard } },
      });
    const link = (length: number) => `https://f.example/${'a'.repeat(length - 18)}`;
    expect((await send({ single_title: '查看', single_url: link(501) })).body).toMatchObject({
      errcode: 40035,
    });
    const buttons = (url: string) => ({
      btn_orientation: '1',
      btn_json_list: [{ title: 'A', action_url: url }],
    });
    expect((await send(buttons(link(701)))).body).toMatchObject({ errcode: 40035 });
    expect((await send({ single_title: '查看', single_url: link(500) })).body).toMatchObject({ errcode: 0 });
    expect((await send(buttons(link(700)))).body).toMatchObject({ errcode: 0 });
  });
});

describe('DingTalk unknown paths and faults', () => {
  it('answers errcode 22 for an unknown oapi path and 404 for an unknown api path', async () => {
    expect((await getJson(`${dingtalk.baseUrl}/topapi/nothing`)).body).toMatchObject({ errcode: 22 });
    const api = await sendJson(`${dingtalk.baseUrl}/oauth2/corpAccessToken`, {});
    expect(api.status).toBe(404);
    expect(api.body).toEqual({ errcode: 404, errmsg: '请求的URI地址不存在' });
  });

  it('fails the next N calls of a route with the documented errors, then recovers', async () => {
    const token = await fetchToken();
    dingtalk.failNext({ route: '/get_jsapi_ticket', times: 2, with: 'token_invalid' });
    for (let i = 0; i < 2; i++) {
      expect((await getJson(oapi('/get_jsapi_ticket', token))).body).toMatchObject({ errcode: 88 });
    }
    expect((await getJson(oapi('/get_jsapi_ticket', token))).body).toMatchObject({ errcode: 0 });

    dingtalk.failNext({ route: '/gettoken', times: 1, with: 'rate_limited' });
    expect((await getJson(tokenUrl())).body).toMatchObject({ errcode: 90018 });
    dingtalk.failNext({ route: 'POST /v1.0/oauth2/accessToken', times: 1, with: 'server_error' });
    expect((await sendJson(`${dingtalk.baseUrl}/v1.0/oauth2/accessToken`, {})).status).toBe(500);
  });

  it('drops the connection for a network fault, armed over HTTP', async () => {
    await sendJson(`${dingtalk.baseUrl}/__emu/fail-next`, { route: '/gettoken', times: 1, with: 'network' });
    await expect(fetch(tokenUrl())).rejects.toThrow();
    expect((await getJson(tokenUrl())).body).toMatchObject({ errcode: 0 });
  });
});
