import { refusal } from '@test/helpers/platform-errors';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import { jsapiSignature, withDecodedQuery } from './jsapi-signature';
import { openEnvelope, sealEnvelope } from './msg-envelope';

// §9.1 J1: WeCom doc 96909's example; DingTalk and Feishu sign the same string.
const j1 = {
  ticket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
  nonceStr: 'Wm3WZYTPz0wzccnW',
  timestamp: 1414587457,
  url: 'http://mp.weixin.qq.com?params=value',
};

// §9.1 D3: DingTalk's FAQ example of an encrypted "success".
const d3 = {
  keys: {
    token: '123456',
    aesKey: '1234567890123456789012345678901234567890123',
    receiveId: 'dingsnotzck6pm5veliw',
  },
  signed: {
    signature: '9a95a004dd16f5c307e849b994173f76aa26e5eb',
    timestamp: '1614767836',
    nonce: 'A7Co0cJLMzIDtMMI',
    encrypt: 'YvkvaGe4hQxd3VxRmEty0dVlnCOAqwf56xwTRHDHoOURqhalbmBJQk5FNcRk42Gl5T0YQXZNwpwWSm1xAFJ5ZA==',
  },
};

// §9.1 W3: the WeChat-family vector reused by WXBizMsgCrypt ports.
const w3 = {
  keys: {
    token: 'QDG6eK',
    aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
    receiveId: 'wx5823bf96d3bd56c7',
  },
  signed: {
    signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
    timestamp: '1409659589',
    nonce: '263014780',
    encrypt: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  },
};

describe('jsapiSignature', () => {
  it('matches the J1 vector', () => {
    expect(jsapiSignature(j1)).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed');
  });

  it('signs the page without its fragment and without re-encoding the query', () => {
    expect(jsapiSignature({ ...j1, url: `${j1.url}#/customers/1` })).toBe(
      '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
    );
    expect(jsapiSignature({ ...j1, url: 'http://mp.weixin.qq.com?params=va%20lue' })).not.toBe(
      jsapiSignature({ ...j1, url: 'http://mp.weixin.qq.com?params=va lue' }),
    );
  });
});

describe('withDecodedQuery (DingTalk)', () => {
  it('decodes the query as DingTalk checks it, and leaves the path and a malformed escape alone', () => {
    expect(withDecodedQuery('https://a.example/p%20q?corpid=ding1&from=%E5%B7%A5%E4%BD%9C%E5%8F%B0')).toBe(
      'https://a.example/p%20q?corpid=ding1&from=工作台',
    );
    expect(withDecodedQuery('https://a.example/?q=100%')).toBe('https://a.example/?q=100%');
    expect(withDecodedQuery('https://a.example/visits')).toBe('https://a.example/visits');
  });
});

describe('openEnvelope', () => {
  it('opens the D3 and W3 vectors', () => {
    expect(openEnvelope('dingtalk', d3.keys, d3.signed)).toBe('success');
    expect(openEnvelope('wecom', w3.keys, w3.signed)).toBe('1616140317555161061');
  });

  it('refuses a wrong signature, a changed ciphertext or timestamp, and another receiver', () => {
    const cases = [
      { signed: { ...d3.signed, signature: '0'.repeat(40) }, reason: 'signature_mismatch' },
      { signed: { ...d3.signed, timestamp: '1614767837' }, reason: 'signature_mismatch' },
      { signed: { ...d3.signed, encrypt: `A${d3.signed.encrypt.slice(1)}` }, reason: 'signature_mismatch' },
    ];
    for (const { signed, reason } of cases) {
      const error = refusal(() => openEnvelope('dingtalk', d3.keys, signed));
      expect(error).toMatchObject({ kind: 'bad_signature', platformCode: reason });
    }
    const otherApp = { ...d3.keys, receiveId: 'dingotherapp' };
    expect(refusal(() => openEnvelope('dingtalk', otherApp, d3.signed)).platformCode).toBe(
      'receive_id_mismatch',
    );
  });

  it('refuses a correctly signed ciphertext that does not decrypt', () => {
    const garbage = Buffer.from('not a ciphertext').toString('base64').slice(0, 10);
    const signature = getSignature(d3.keys.token, '1', '2', garbage);
    const error = refusal(() =>
      openEnvelope('dingtalk', d3.keys, { signature, timestamp: '1', nonce: '2', encrypt: garbage }),
    );
    expect(error.kind).toBe('bad_signature');
  });

  it('opens what @wecom/crypto encrypts, unicode included', () => {
    const message = '<xml><Content>你好 👋</Content></xml>';
    const ciphertext = encrypt(w3.keys.aesKey, message, w3.keys.receiveId);
    const signature = getSignature(w3.keys.token, '1700000000', 'n1', ciphertext);
    const signed = { signature, timestamp: '1700000000', nonce: 'n1', encrypt: ciphertext };
    expect(openEnvelope('wecom', w3.keys, signed)).toBe(message);
  });
});

describe('sealEnvelope', () => {
  it('produces a reply the platform can verify and decrypt', () => {
    const reply = sealEnvelope(d3.keys, 'success', '1700000000000');
    expect(reply.signature).toBe(getSignature(d3.keys.token, reply.timestamp, reply.nonce, reply.encrypt));
    expect(decrypt(d3.keys.aesKey, reply.encrypt)).toMatchObject({
      message: 'success',
      id: d3.keys.receiveId,
    });
  });
});
