import { createDecipheriv } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  callbackSignature,
  type DingTalkEmulator,
  decryptCallback,
  encryptCallback,
  startDingTalkEmulator,
} from '@test/emulators/dingtalk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dingTalkCorp } from './fixtures';

let dingtalk: DingTalkEmulator;
beforeAll(async () => {
  dingtalk = await startDingTalkEmulator();
  dingtalk.addOrg(dingTalkCorp);
});
afterAll(() => dingtalk.close());

describe('DingTalk callback crypto', () => {
  const vectors = [
    {
      name: 'D1 dev-console event',
      token: 'mryue',
      aesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
      timestamp: '1608001896814',
      nonce: 'WL4PK6yA',
      encrypt:
        '0vJiX6vliEpwG3U45CtXqi+m8PXbQRARJ8p8BbDuD1EMTDf0jKpQ79QS93qEk7XHpP6u+oTTrd15NRPvNvmBKyDCYxxOK+HZeKju4yhELOFchzNukR+t8SB/qk4ROMu3',
      signature: '03044561471240d4a14bb09372dfcfd4fd0e40cb',
      plain: '{"EventType":"check_url"}',
      ownerKey: 'ding6ccabc44d2c8d38b',
    },
    {
      name: 'D2 ISV suite',
      token: '123456',
      aesKey: '4g5j64qlyl3zvetqxz5jiocdr586fn2zvjpa8zls3ij',
      timestamp: '1445827045067',
      nonce: 'nEXhMP4r',
      encrypt:
        '1a3NBxmCFwkCJvfoQ7WhJHB+iX3qHPsc9JbaDznE1i03peOk1LaOQoRz3+nlyGNhwmwJ3vDMG+OzrHMeiZI7gTRWVdUBmfxjZ8Ej23JVYa9VrYeJ5as7XM/ZpulX8NEQis44w53h1qAgnC3PRzM7Zc/D6Ibr0rgUathB6zRHP8PYrfgnNOS9PhSBdHlegK+AGGanfwjXuQ9+0pZcy0w9lQ==',
      signature: '5a65ceeef9aab2d149439f82dc191dd6c5cbe2c0',
      plain:
        '{"EventType":"check_create_suite_url","Random":"LPIdSnlF","TestSuiteKey":"suite4xxxxxxxxxxxxxxx"}',
      ownerKey: 'suite4xxxxxxxxxxxxxxx',
    },
    {
      name: 'D3 success reply',
      token: '123456',
      aesKey: '1234567890123456789012345678901234567890123',
      timestamp: '1614767836',
      nonce: 'A7Co0cJLMzIDtMMI',
      encrypt: 'YvkvaGe4hQxd3VxRmEty0dVlnCOAqwf56xwTRHDHoOURqhalbmBJQk5FNcRk42Gl5T0YQXZNwpwWSm1xAFJ5ZA==',
      signature: '9a95a004dd16f5c307e849b994173f76aa26e5eb',
      plain: 'success',
      ownerKey: 'dingsnotzck6pm5veliw',
    },
  ];

  for (const vector of vectors) {
    it(`matches the published vector ${vector.name}`, () => {
      expect(callbackSignature(vector.token, vector.timestamp, vector.nonce, vector.encrypt)).toBe(
        vector.signature,
      );
      expect(decryptCallback(vector.aesKey, vector.encrypt)).toEqual({
        message: vector.plain,
        ownerKey: vector.ownerKey,
      });
      // Encrypting with the vector's own random prefix reproduces the published ciphertext byte for byte.
      const random = randomPrefixOf(vector.aesKey, vector.encrypt);
      expect(encryptCallback(vector.aesKey, vector.plain, vector.ownerKey, random)).toBe(vector.encrypt);
    });
  }

  it('pushes an encrypted event the app can verify and reads back its encrypted "success"', async () => {
    const received: { query: URLSearchParams; body: string }[] = [];
    const app = await receiver((query, body) => {
      received.push({ query, body });
      const reply = encryptCallback(dingTalkCorp.callbackAesKey, 'success', dingTalkCorp.clientId);
      const timeStamp = String(Date.now());
      return JSON.stringify({
        msg_signature: callbackSignature(dingTalkCorp.callbackToken, timeStamp, 'n0nce', reply),
        timeStamp,
        nonce: 'n0nce',
        encrypt: reply,
      });
    });
    try {
      const result = await dingtalk.pushCallback(
        dingTalkCorp.clientId,
        { EventType: 'check_url' },
        `${app.url}/cb`,
      );
      expect(result.status).toBe(200);
      expect(result.reply).toEqual({
        plain: 'success',
        signatureValid: true,
        ownerKey: dingTalkCorp.clientId,
      });
      const [push] = received;
      const encrypt = (JSON.parse(push?.body ?? '{}') as { encrypt: string }).encrypt;
      expect(push?.query.get('msg_signature')).toBe(
        callbackSignature(
          dingTalkCorp.callbackToken,
          push?.query.get('timestamp') ?? '',
          push?.query.get('nonce') ?? '',
          encrypt,
        ),
      );
      expect(decryptCallback(dingTalkCorp.callbackAesKey, encrypt)).toEqual({
        message: '{"EventType":"check_url"}',
        ownerKey: dingTalkCorp.clientId,
      });
    } finally {
      await app.close();
    }
  });
});

function randomPrefixOf(aesKey: string, encrypt: string): Buffer {
  const key = Buffer.from(`${aesKey}=`, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  return Buffer.concat([decipher.update(encrypt, 'base64'), decipher.final()]).subarray(0, 16);
}

async function receiver(answer: (query: URLSearchParams, body: string) => string) {
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const query = new URL(request.url ?? '/', 'http://x').searchParams;
      response.setHeader('content-type', 'application/json');
      response.end(answer(query, body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
