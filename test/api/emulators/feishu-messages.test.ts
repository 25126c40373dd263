import { type FeishuEmulator, startFeishuEmulator } from '@test/emulators/feishu';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { feishuApp } from './fixtures';
import { sendJson } from './http';

let feishu: FeishuEmulator;
let token: string;
beforeAll(async () => {
  feishu = await startFeishuEmulator();
  feishu.addApp(feishuApp);
});
afterAll(() => feishu.close());
beforeEach(async () => {
  feishu.reset();
  const { body } = await sendJson<{ tenant_access_token: string }>(
    `${feishu.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`,
    { app_id: feishuApp.appId, app_secret: feishuApp.appSecret },
  );
  token = body.tenant_access_token;
});

const card = (title: string) =>
  JSON.stringify({ header: { title: { tag: 'plain_text', content: title } }, elements: [] });
const send = (body: Record<string, unknown>, receiveIdType = 'open_id') =>
  sendJson<{ code: number; data: { message_id: string } }>(
    `${feishu.baseUrl}/open-apis/im/v1/messages?receive_id_type=${receiveIdType}`,
    body,
    { headers: { authorization: `Bearer ${token}` } },
  );

describe('Feishu messages', () => {
  it('sends a card and records it with its parsed content', async () => {
    const sent = await send({ receive_id: 'ou_guan', msg_type: 'interactive', content: card('拜访提醒') });
    expect(sent.body).toMatchObject({
      code: 0,
      msg: 'success',
      data: {
        message_id: expect.stringMatching(/^om_/),
        msg_type: 'interactive',
        sender: { sender_type: 'app' },
      },
    });
    expect(feishu.sentMessages({ recipient: 'ou_guan' })).toEqual([
      expect.objectContaining({ id: sent.body.data.message_id, msgType: 'interactive', delivered: true }),
    ]);
    expect(feishu.sentMessages()[0]?.content).toMatchObject({ header: { title: { content: '拜访提醒' } } });
  });

  it('answers the same message for the same uuid within an hour and sends a new one after', async () => {
    const body = {
      receive_id: 'shi02',
      msg_type: 'text',
      content: JSON.stringify({ text: '你好' }),
      uuid: 'dedupe-1',
    };
    const first = await send(body, 'user_id');
    const second = await send(body, 'user_id');
    expect(second.body.data.message_id).toBe(first.body.data.message_id);
    expect(feishu.sentMessages()).toHaveLength(1);
    expect(feishu.counters()[feishuApp.appId]?.messageSends).toBe(1);
    feishu.advanceClock(61 * 60_000);
    const { body: refreshed } = await sendJson<{ tenant_access_token: string }>(
      `${feishu.baseUrl}/open-apis/auth/v3/tenant_access_token/internal`,
      { app_id: feishuApp.appId, app_secret: feishuApp.appSecret },
    );
    token = refreshed.tenant_access_token;
    const later = await send(body, 'user_id');
    expect(later.body.data.message_id).not.toBe(first.body.data.message_id);
    expect(feishu.sentMessages()).toHaveLength(2);
  });

  it('refuses a missing receive_id_type, a bad content string and a user outside the app', async () => {
    const missing = await sendJson(
      `${feishu.baseUrl}/open-apis/im/v1/messages`,
      {},
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ code: 99992402 });
    expect(
      (await send({ receive_id: 'ou_guan', msg_type: 'text', content: { text: 'not a string' } })).body,
    ).toMatchObject({
      code: 230001,
    });
    expect(
      (await send({ receive_id: 'ou_nobody', msg_type: 'text', content: '{"text":"x"}' })).body,
    ).toMatchObject({
      code: 230013,
    });
  });

  it('limits one recipient to 5 messages a second with the message API’s own 230020', async () => {
    const results = [];
    for (let i = 0; i < 6; i++) {
      results.push(
        await send({ receive_id: 'ou_shi', msg_type: 'text', content: JSON.stringify({ text: `#${i}` }) }),
      );
    }
    expect(results.slice(0, 5).every((result) => result.status === 200)).toBe(true);
    expect(results[5]?.status).toBe(400);
    expect(results[5]?.body).toMatchObject({ code: 230020 });
  });

  it('updates a sent card by PATCH and refuses to patch a text message', async () => {
    const sent = await send({ receive_id: 'ou_guan', msg_type: 'interactive', content: card('待处理') });
    const patch = (messageId: string, title: string) =>
      sendJson(
        `${feishu.baseUrl}/open-apis/im/v1/messages/${messageId}`,
        { content: card(title) },
        {
          method: 'PATCH',
          headers: { authorization: `Bearer ${token}` },
        },
      );
    expect((await patch(sent.body.data.message_id, '已处理')).body).toEqual({
      code: 0,
      msg: 'success',
      data: {},
    });
    expect(feishu.sentMessages()[0]?.updates).toEqual([
      expect.objectContaining({ header: { title: { tag: 'plain_text', content: '已处理' } } }),
    ]);
    const text = await send({ receive_id: 'ou_guan', msg_type: 'text', content: '{"text":"x"}' });
    expect((await patch(text.body.data.message_id, 'x')).body).toMatchObject({ code: 230001 });
  });

  it('arms faults on a parameterised route', async () => {
    const sent = await send({ receive_id: 'ou_guan', msg_type: 'interactive', content: card('a') });
    feishu.failNext({
      route: 'PATCH /open-apis/im/v1/messages/:message_id',
      times: 1,
      with: 'token_invalid',
    });
    feishu.failNext({ route: '/open-apis/im/v1/messages', times: 1, with: 'rate_limited' });
    const patched = await sendJson(
      `${feishu.baseUrl}/open-apis/im/v1/messages/${sent.body.data.message_id}`,
      { content: card('b') },
      {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(patched.body).toMatchObject({ code: 99991663 });
    expect((await send({ receive_id: 'ou_guan', msg_type: 'text', content: '{"text":"x"}' })).status).toBe(
      429,
    );
    expect((await send({ receive_id: 'ou_guan', msg_type: 'text', content: '{"text":"x"}' })).status).toBe(
      200,
    );
  });
});
