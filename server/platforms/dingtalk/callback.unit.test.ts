import { refusal } from '@test/helpers/platform-errors';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import { createPlatformClient } from '../index';
import type { CallbackRequest, DingTalkSettings } from '../types';

// §9.1 D1 (dev-console subscription, ownerKey = appKey) and D2 (ISV, ownerKey = suiteKey).
const d1 = {
  token: 'mryue',
  aesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
  ownerKey: 'ding6ccabc44d2c8d38b',
  query: {
    msg_signature: '03044561471240d4a14bb09372dfcfd4fd0e40cb',
    timestamp: '1608001896814',
    nonce: 'WL4PK6yA',
  },
  encrypt:
    '0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3',
};
const d2 = {
  token: '123456',
  aesKey: '4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij',
  ownerKey: 'suite4xxxxxxxxxxxxxxx',
  query: {
    signature: '5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0',
    timeStamp: '1445827045067',
    nonce: 'nEXhMP4r',
  },
  encrypt:
    '1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==',
};

function settingsFor(vector: { token: string; aesKey: string; ownerKey: string }): DingTalkSettings {
  return {
    platform: 'dingtalk',
    corpId: 'dingcorp',
    clientId: vector.ownerKey,
    clientSecret: 'secret',
    agentId: '100',
    events: 'http',
    callbackToken: vector.token,
    callbackAesKey: vector.aesKey,
    baseUrl: null,
  };
}

function post(query: Record<string, string>, encrypted: string): CallbackRequest {
  return { method: 'POST', query, headers: {}, rawBody: JSON.stringify({ encrypt: encrypted }) };
}

describe('DingTalk callbacks', () => {
  it('answers the D1 check_url with an encrypted, signed "success" and no events', () => {
    const result = createPlatformClient(settingsFor(d1)).handleCallback(post(d1.query, d1.encrypt));
    expect(result).toMatchObject({ status: 200, contentType: 'application/json', events: [] });
    const reply = JSON.parse(result.body) as Record<string, string>;
    expect(Object.keys(reply).sort()).toEqual(['encrypt', 'msg_signature', 'nonce', 'timeStamp']);
    expect(reply.msg_signature).toBe(
      getSignature(d1.token, reply.timeStamp ?? '', reply.nonce ?? '', reply.encrypt ?? ''),
    );
    expect(decrypt(d1.aesKey, reply.encrypt ?? '')).toMatchObject({ message: 'success', id: d1.ownerKey });
  });

  it('accepts the older `signature`/`timeStamp` spelling (D2) and returns the event', () => {
    const result = createPlatformClient(settingsFor(d2)).handleCallback(post(d2.query, d2.encrypt));
    expect(result.events).toEqual([
      {
        id: expect.stringMatching(/^check_create_suite_url:[0-9a-f]{32}$/),
        type: 'check_create_suite_url',
        data: {
          EventType: 'check_create_suite_url',
          Random: 'LPIdSnlF',
          TestSuiteKey: 'suite4xxxxxxxxxxxxxxx',
        },
      },
    ]);
  });

  it('gives a redelivered event the same id', () => {
    const settings = settingsFor(d1);
    const event = JSON.stringify({
      EventType: 'user_add_org',
      UserId: ['u1'],
      CorpId: 'dingcorp',
      TimeStamp: '1',
    });
    const push = (nonce: string) => {
      const encrypted = encrypt(d1.aesKey, event, d1.ownerKey);
      const signature = getSignature(d1.token, '1700000000000', nonce, encrypted);
      return createPlatformClient(settings).handleCallback(
        post({ msg_signature: signature, timestamp: '1700000000000', nonce }, encrypted),
      ).events;
    };
    const [first] = push('n1');
    const [again] = push('n2');
    expect(first).toMatchObject({ type: 'user_add_org', data: { UserId: ['u1'] } });
    expect(again?.id).toBe(first?.id);
  });

  it('refuses tampered, unsigned or misaddressed pushes as bad_signature', () => {
    const client = createPlatformClient(settingsFor(d1));
    const forged = { ...d1.query, msg_signature: d1.query.msg_signature.replace('0', '1') };
    const { msg_signature: _dropped, ...unsigned } = d1.query;
    const cases: [CallbackRequest, string][] = [
      [post(forged, d1.encrypt), 'signature_mismatch'],
      [post({ ...d1.query, nonce: 'WL4PK6yB' }, d1.encrypt), 'signature_mismatch'],
      [post(unsigned, d1.encrypt), 'missing_parameters'],
      [{ method: 'POST', query: d1.query, headers: {}, rawBody: 'not json' }, 'missing_parameters'],
    ];
    for (const [request, reason] of cases) {
      expect(refusal(() => client.handleCallback(request))).toMatchObject({
        kind: 'bad_signature',
        platformCode: reason,
      });
    }
    // The same push addressed to another app (ownerKey ≠ our clientId).
    const otherApp = createPlatformClient({ ...settingsFor(d1), clientId: 'dingotherapp' });
    expect(refusal(() => otherApp.handleCallback(post(d1.query, d1.encrypt))).platformCode).toBe(
      'receive_id_mismatch',
    );
  });

  it('answers anything but POST with 405', () => {
    const result = createPlatformClient(settingsFor(d1)).handleCallback({
      method: 'GET',
      query: {},
      headers: {},
      rawBody: '',
    });
    expect(result.status).toBe(405);
  });
});
