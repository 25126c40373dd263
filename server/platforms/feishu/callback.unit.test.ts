import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { AESCipher, EventDispatcher, type Logger } from '@larksuiteoapi/node-sdk';
import { refusal } from '@test/helpers/platform-errors';
import { describe, expect, it } from 'vitest';
import { createPlatformClient } from '../index';
import type { CallbackRequest, FeishuSettings } from '../types';
import { decryptFeishu, feishuSignature } from './callback';

const settings: FeishuSettings = {
  platform: 'feishu',
  appId: 'cli_test',
  appSecret: 'app-secret',
  encryptKey: 'encrypt-key-1',
  verificationToken: 'verify-token-1',
  baseUrl: null,
};
const client = createPlatformClient(settings);
const silent: Logger = { error() {}, warn() {}, info() {}, debug() {}, trace() {} };

/** What Feishu does to a payload when an Encrypt Key is set (§9.2 larkEncrypt). */
function larkEncrypt(encryptKey: string, plaintext: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

const event = {
  schema: '2.0',
  header: {
    event_id: 'ev-1',
    event_type: 'card.action.trigger',
    create_time: '1700000000000',
    token: settings.verificationToken,
    app_id: settings.appId,
    tenant_key: 'tk-1',
  },
  event: { operator: { open_id: 'ou_1' }, action: { value: { decision: 'approve' } } },
};

function signedPush(payload: unknown, timestamp = String(Math.floor(Date.now() / 1000))): CallbackRequest {
  const rawBody = JSON.stringify({ encrypt: larkEncrypt(settings.encryptKey, JSON.stringify(payload)) });
  const nonce = 'nonce-1';
  const headers = {
    'x-lark-request-timestamp': timestamp,
    'x-lark-request-nonce': nonce,
    'x-lark-signature': feishuSignature(timestamp, nonce, settings.encryptKey, rawBody),
  };
  return { method: 'POST', query: {}, headers, rawBody };
}

describe('Feishu callback crypto', () => {
  it('decrypts the F1 vector', () => {
    expect(decryptFeishu('test key', 'P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=')).toBe('hello world');
  });

  it('decrypts what the SDK decrypts', () => {
    const encrypted = larkEncrypt(settings.encryptKey, '{"a":"飞书"}');
    expect(new AESCipher(settings.encryptKey).decrypt(encrypted)).toBe('{"a":"飞书"}');
    expect(decryptFeishu(settings.encryptKey, encrypted)).toBe('{"a":"飞书"}');
  });

  it('computes the signature the SDK dispatcher accepts', () => {
    const request = signedPush(event);
    const dispatcher = new EventDispatcher({ ...settings, logger: silent });
    // The SDK verifies JSON.stringify(body) with the headers on the prototype; our raw body is that string.
    const data = Object.assign(Object.create({ headers: request.headers }), JSON.parse(request.rawBody));
    expect(dispatcher.requestHandle?.checkIsEventValidated(data)).toBe(true);
    expect(client.handleCallback(request).events).toHaveLength(1);
  });
});

describe('Feishu callbacks', () => {
  it('returns a signed event keyed by its event_id, with the whole envelope as data', () => {
    const result = client.handleCallback(signedPush(event));
    expect(result).toEqual({
      status: 200,
      contentType: 'application/json',
      body: '{}',
      events: [{ id: 'ev-1', type: 'card.action.trigger', data: event }],
    });
  });

  it('answers the encrypted url_verification challenge, which carries no signature headers', () => {
    const challenge = { challenge: 'ch-1', token: settings.verificationToken, type: 'url_verification' };
    const rawBody = JSON.stringify({ encrypt: larkEncrypt(settings.encryptKey, JSON.stringify(challenge)) });
    const result = client.handleCallback({ method: 'POST', query: {}, headers: {}, rawBody });
    expect(result).toEqual({
      status: 200,
      contentType: 'application/json',
      body: '{"challenge":"ch-1"}',
      events: [],
    });
  });

  it('refuses a challenge with the wrong verification token', () => {
    const challenge = { challenge: 'ch-1', token: 'guess', type: 'url_verification' };
    const rawBody = JSON.stringify({ encrypt: larkEncrypt(settings.encryptKey, JSON.stringify(challenge)) });
    const error = refusal(() => client.handleCallback({ method: 'POST', query: {}, headers: {}, rawBody }));
    expect(error).toMatchObject({ kind: 'bad_signature', platformCode: 'token_mismatch' });
  });

  it('refuses tampered, stale, unsigned or foreign events as bad_signature', () => {
    const genuine = signedPush(event);
    const sixMinutesAgo = String(Math.floor(Date.now() / 1000) - 360);
    const reEncrypted = JSON.stringify({ encrypt: larkEncrypt(settings.encryptKey, JSON.stringify(event)) });
    const foreign = { ...event, header: { ...event.header, token: 'other-app' } };
    const cases: [CallbackRequest, string][] = [
      [{ ...genuine, rawBody: reEncrypted }, 'signature_mismatch'],
      [
        { ...genuine, headers: { ...genuine.headers, 'x-lark-request-nonce': 'nonce-2' } },
        'signature_mismatch',
      ],
      [signedPush(event, sixMinutesAgo), 'stale_timestamp'],
      [signedPush(event, 'soon'), 'stale_timestamp'],
      [{ ...genuine, headers: {} }, 'missing_signature'],
      [signedPush(foreign), 'token_mismatch'],
      [signedPush('not an object'), 'malformed_body'],
    ];
    for (const [request, reason] of cases) {
      expect(refusal(() => client.handleCallback(request))).toMatchObject({
        kind: 'bad_signature',
        platformCode: reason,
      });
    }
  });

  it('accepts a millisecond timestamp inside the window', () => {
    expect(client.handleCallback(signedPush(event, String(Date.now() - 60_000))).events).toHaveLength(1);
  });
});
