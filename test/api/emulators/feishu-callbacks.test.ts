import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as lark from '@larksuiteoapi/node-sdk';
import { encryptEvent, type FeishuEmulator, startFeishuEmulator } from '@test/emulators/feishu';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feishuApp } from './fixtures';

let feishu: FeishuEmulator;
beforeAll(async () => {
  feishu = await startFeishuEmulator();
  feishu.addApp(feishuApp);
});
afterAll(() => feishu.close());

/** An app receiving events exactly as the official SDK's Koa adaptor does (signature check, decryption). */
async function sdkWebhook(encryptKey: string, received: unknown[]) {
  const dispatcher = new lark.EventDispatcher({
    encryptKey,
    verificationToken: feishuApp.verificationToken,
    loggerLevel: lark.LoggerLevel.error,
  }).register({
    'im.message.receive_v1': async (data) => {
      received.push(data);
      return { handled: true };
    },
  });
  const app = new Koa();
  app.use(lark.adaptKoa('/webhook/event', dispatcher, { autoChallenge: true }));
  const server = createServer(app.callback());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/event`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Feishu event crypto', () => {
  it('agrees with the SDK AESCipher on the published vector F1 and round-trips our own ciphertext', () => {
    const vector = 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=';
    expect(new lark.AESCipher('test key').decrypt(vector)).toBe('hello world');
    const iv = Buffer.from(vector, 'base64').subarray(0, 16);
    expect(encryptEvent('test key', 'hello world', iv)).toBe(vector);
    const plain = JSON.stringify({ schema: '2.0', event: { text: '你好，世界' } });
    expect(new lark.AESCipher(feishuApp.encryptKey).decrypt(encryptEvent(feishuApp.encryptKey, plain))).toBe(
      plain,
    );
  });

  it('passes the SDK url_verification and signature checks, and the handler gets the decrypted event', async () => {
    const received: unknown[] = [];
    const webhook = await sdkWebhook(feishuApp.encryptKey, received);
    try {
      const challenge = await feishu.pushCallback(
        feishuApp.appId,
        { challenge: 'ch-123', token: feishuApp.verificationToken, type: 'url_verification' },
        webhook.url,
      );
      expect(challenge.json).toEqual({ challenge: 'ch-123' });
      expect(challenge.request.headers['x-lark-signature']).toBeUndefined();

      const event = feishu.eventEnvelope(feishuApp.appId, 'im.message.receive_v1', {
        sender: { sender_id: { open_id: 'ou_guan' } },
        message: { message_id: 'om_1', message_type: 'text', content: '{"text":"hi"}' },
      });
      const pushed = await feishu.pushCallback(feishuApp.appId, event, webhook.url);
      expect(pushed.status).toBe(200);
      expect(pushed.json).toEqual({ handled: true });
      expect(received).toEqual([
        expect.objectContaining({
          event_type: 'im.message.receive_v1',
          app_id: feishuApp.appId,
          tenant_key: feishuApp.tenantKey,
          message: expect.objectContaining({ message_id: 'om_1' }),
        }),
      ]);
    } finally {
      await webhook.close();
    }
  });

  it('signs over the raw body: the SDK rejects the same push with an altered signature header', async () => {
    const received: unknown[] = [];
    const webhook = await sdkWebhook(feishuApp.encryptKey, received);
    try {
      const pushed = await feishu.pushCallback(
        feishuApp.appId,
        feishu.eventEnvelope(feishuApp.appId, 'im.message.receive_v1', { message: { message_id: 'om_2' } }),
        webhook.url,
      );
      const dispatcher = new lark.EventDispatcher({
        encryptKey: feishuApp.encryptKey,
        loggerLevel: lark.LoggerLevel.error,
      }).register({ 'im.message.receive_v1': async () => 'ok' });
      const asReceived = (headers: Record<string, string>) =>
        Object.assign(Object.create({ headers }), JSON.parse(pushed.request.body ?? '{}'));
      expect(await dispatcher.invoke(asReceived(pushed.request.headers))).toBe('ok');
      const forged = { ...pushed.request.headers, 'x-lark-signature': '0'.repeat(64) };
      expect(await dispatcher.invoke(asReceived(forged))).toBeUndefined();
    } finally {
      await webhook.close();
    }
  });
});
