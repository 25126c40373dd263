/** The DingTalk emulator's Stream gateway answers and refuses as DingTalk does, and speaks the SDK's frame shapes. */
import { once } from 'node:events';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { dingTalkCorp } from './fixtures';
import { sendJson } from './http';

let dingtalk: DingTalkEmulator;
beforeAll(async () => {
  dingtalk = await startDingTalkEmulator();
  dingtalk.addOrg(dingTalkCorp);
});
afterAll(() => dingtalk.close());

const subscriptions = [{ type: 'EVENT', topic: '*' }];
const gateway = () => `${dingtalk.baseUrl}/v1.0/gateway/connections/open`;
const credentials = { clientId: dingTalkCorp.clientId, clientSecret: dingTalkCorp.clientSecret, ua: 'test' };

async function openTicket(): Promise<{ endpoint: string; ticket: string }> {
  const reply = await sendJson<{ endpoint: string; ticket: string }>(
    gateway(),
    { ...credentials, subscriptions },
    { headers: { accept: 'application/json' } },
  );
  expect(reply.status).toBe(200);
  return reply.body;
}

/** Resolves with the socket once open, or with the HTTP status the upgrade was refused with. */
function connect(url: string): Promise<WebSocket | number> {
  const socket = new WebSocket(url);
  return new Promise((resolve) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => resolve(0));
  });
}

describe('DingTalk Stream gateway', () => {
  it('trades the app credentials for an endpoint and ticket: JSON when asked for, XML otherwise', async () => {
    const { endpoint, ticket } = await openTicket();
    expect(endpoint).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/connect$/);
    expect(ticket).toMatch(/^\w{32}$/);
    const asXml = await fetch(gateway(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...credentials, subscriptions }),
    });
    expect(asXml.headers.get('content-type')).toMatch(/xml/);
    expect(await asXml.text()).toMatch(/<ticket>\w+<\/ticket>/);
  });

  it('refuses a wrong secret and a request without subscriptions, in the api.dingtalk.com error style', async () => {
    const wrong = await sendJson(gateway(), { ...credentials, clientSecret: 'nope', subscriptions });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({
      requestid: expect.any(String),
      code: 'invalidClientIdOrSecret',
      message: '无效的clientId或者clientSecret',
    });
    const bare = await sendJson(gateway(), credentials);
    expect(bare.status).toBe(400);
    expect(bare.body).toMatchObject({ code: 'InvalidParameter' });
  });

  it('lets each ticket open one socket, and refuses a made-up one', async () => {
    const { endpoint, ticket } = await openTicket();
    const socket = await connect(`${endpoint}?ticket=${ticket}`);
    expect(socket).toBeInstanceOf(WebSocket);
    expect(await connect(`${endpoint}?ticket=${ticket}`)).toBe(401);
    expect(await connect(`${endpoint}?ticket=made-up`)).toBe(401);
    (socket as WebSocket).close();
  });

  it('pushes an EVENT frame in the SDK’s shape and reports the ack sent back with its messageId', async () => {
    const { endpoint, ticket } = await openTicket();
    const socket = (await connect(`${endpoint}?ticket=${ticket}`)) as WebSocket;
    await expect.poll(() => dingtalk.streamConnections(dingTalkCorp.clientId)).toBe(1);
    const frameArrives = once(socket, 'message');
    const pushed = dingtalk.pushStreamEvent(dingTalkCorp.clientId, {
      eventType: 'user_leave_org',
      data: { userId: ['u-mo'] },
    });
    const [raw] = (await frameArrives) as [Buffer];
    const frame = JSON.parse(String(raw)) as {
      type: string;
      headers: Record<string, string>;
      data: string;
    };
    expect(frame).toMatchObject({
      specVersion: '1.0',
      type: 'EVENT',
      headers: {
        contentType: 'application/json',
        topic: 'user_leave_org',
        eventType: 'user_leave_org',
        eventCorpId: dingTalkCorp.corpId,
        messageId: expect.any(String),
        eventId: expect.any(String),
      },
    });
    expect(JSON.parse(frame.data)).toEqual({ userId: ['u-mo'] });
    // What the SDK sends back for a handled event.
    socket.send(
      JSON.stringify({
        code: 200,
        headers: { contentType: 'application/json', messageId: frame.headers.messageId },
        message: 'OK',
        data: JSON.stringify({ status: 'LATER' }),
      }),
    );
    expect(await pushed).toMatchObject({
      acknowledged: true,
      ack: { status: 'LATER' },
      eventId: frame.headers.eventId,
    });
    socket.close();
  });
});
