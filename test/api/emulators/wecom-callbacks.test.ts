import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readTag, startWeComEmulator, type WeComEmulator } from '@test/emulators/wecom';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weComAppKey, weComCorp } from './fixtures';

let wecom: WeComEmulator;
beforeAll(async () => {
  wecom = await startWeComEmulator();
  wecom.addOrg(weComCorp);
});
afterAll(() => wecom.close());

interface Received {
  method: string;
  query: URLSearchParams;
  body: string;
}

/** An app that checks and decrypts callbacks with the official @wecom/crypto, as our server will. */
async function weComApp(received: Received[], answer: (plain: string) => string) {
  const { callbackToken: token, callbackAesKey: key } = weComCorp;
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      const query = new URL(request.url ?? '/', 'http://x').searchParams;
      received.push({ method: request.method ?? '', query, body });
      const ciphered =
        request.method === 'GET' ? (query.get('echostr') ?? '') : (readTag(body, 'Encrypt') ?? '');
      const signature = getSignature(token, query.get('timestamp') ?? '', query.get('nonce') ?? '', ciphered);
      if (signature !== query.get('msg_signature')) {
        response.statusCode = 403;
        response.end('bad signature');
        return;
      }
      response.end(answer(decrypt(key, ciphered).message));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/wecom/callback`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('WeCom callbacks', () => {
  it('passes the GET URL check when the app echoes the decrypted echostr', async () => {
    const received: Received[] = [];
    const app = await weComApp(received, (plain) => plain);
    try {
      const check = await wecom.verifyCallbackUrl(weComAppKey, app.url);
      expect(check.ok).toBe(true);
      expect(decrypt(weComCorp.callbackAesKey, received[0]?.query.get('echostr') ?? '')).toEqual(
        expect.objectContaining({ message: check.expected, id: weComCorp.corpId }),
      );
    } finally {
      await app.close();
    }
  });

  it('pushes an encrypted XML event the official library decrypts, and reads back a passive reply', async () => {
    const received: Received[] = [];
    const reply = (plain: string) => {
      const encrypted = encrypt(
        weComCorp.callbackAesKey,
        `<xml><Echo><![CDATA[${plain.length}]]></Echo></xml>`,
        weComCorp.corpId,
      );
      const signature = getSignature(weComCorp.callbackToken, '1700000000', '42', encrypted);
      return `<xml><Encrypt><![CDATA[${encrypted}]]></Encrypt><MsgSignature><![CDATA[${signature}]]></MsgSignature><TimeStamp>1700000000</TimeStamp><Nonce><![CDATA[42]]></Nonce></xml>`;
    };
    const app = await weComApp(received, reply);
    try {
      const event = {
        ToUserName: weComCorp.corpId,
        FromUserName: 'TangYue',
        CreateTime: 1700000000,
        MsgType: 'event',
        Event: 'template_card_event',
        EventKey: 'approve',
        TaskId: 'task-1',
        ResponseCode: 'rc-1',
        AgentID: 1000002,
      };
      const result = await wecom.pushCallback(weComAppKey, event, app.url);
      expect(result.status).toBe(200);
      const [push] = received;
      expect(readTag(push?.body ?? '', 'ToUserName')).toBe(weComCorp.corpId);
      expect(readTag(push?.body ?? '', 'AgentID')).toBe(String(weComCorp.agentId));
      const plain = decrypt(weComCorp.callbackAesKey, readTag(push?.body ?? '', 'Encrypt') ?? '');
      expect(plain.id).toBe(weComCorp.corpId);
      expect(readTag(plain.message, 'Event')).toBe('template_card_event');
      expect(readTag(plain.message, 'CreateTime')).toBe('1700000000');
      expect(result.reply).toEqual({
        plain: `<xml><Echo><![CDATA[${plain.message.length}]]></Echo></xml>`,
        signatureValid: true,
        receiveId: weComCorp.corpId,
      });
    } finally {
      await app.close();
    }
  });

  it('takes a raw XML string as is and reports an empty reply as no reply', async () => {
    const received: Received[] = [];
    const app = await weComApp(received, () => '');
    try {
      const xml = '<xml><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content></xml>';
      const result = await wecom.pushCallback(weComAppKey, xml, app.url);
      expect(result).toMatchObject({ status: 200, body: '', reply: null });
      expect(
        decrypt(weComCorp.callbackAesKey, readTag(received[0]?.body ?? '', 'Encrypt') ?? '').message,
      ).toBe(xml);
    } finally {
      await app.close();
    }
  });

  it('reproduces the official WXBizMsgCrypt vector W1 with the library it builds pushes with', () => {
    const echostr =
      'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==';
    expect(getSignature(weComCorp.callbackToken, '1476416373', '47744683', echostr)).toBe(
      '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
    );
    expect(decrypt(weComCorp.callbackAesKey, echostr)).toMatchObject({
      message: '1288432023552776189',
      id: 'ww1436e0e65a779aee',
    });
  });
});
