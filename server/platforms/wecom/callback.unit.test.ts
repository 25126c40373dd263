import { refusal } from '@test/helpers/platform-errors';
import { encrypt, getSignature } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import { createPlatformClient } from '../index';
import type { CallbackRequest, WeComSettings } from '../types';

// §9.1 W1/W2: the official WXBizMsgCrypt samples (token, key and corp shared by both).
const token = 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo';
const aesKey = '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt';
const corpId = 'ww1436e0e65a779aee';
const w1 = {
  query: {
    msg_signature: '012bc692d0a58dd4b10f8dfe5c4ac00ae211ebeb',
    timestamp: '1476416373',
    nonce: '47744683',
  },
  echostr: 'fsi1xnbH4yQh0+PJxcOdhhK6TDXkjMyhEPA7xB2TGz6b+g7xyAbEkRxN/3cNXW9qdqjnoVzEtpbhnFyq6SVHyA==',
};
const w2 = {
  query: {
    msg_signature: '0c3914025cb4b4d68103f6bfc8db550f79dcf48e',
    timestamp: '1476422779',
    nonce: '1597212914',
  },
  encrypt:
    'Kl7kjoSf6DMD1zh7rtrHjFaDapSCkaOnwu3bqLc5tAybhhMl9pFeK8NslNPVdMwmBQTNoW4mY7AIjeLvEl3NyeTkAgGzBhzTtRLNshw2AEew+kkYcD+Fq72Kt00fT0WnN87hGrW8SqGc+NcT3mu87Ha3dz1pSDi6GaUA6A0sqfde0VJPQbZ9U+3JWcoD4Z5jaU0y9GSh010wsHF8KZD24YhmZH4ch4Ka7ilEbjbfvhKkNL65HHL0J6EYJIZUC2pFrdkJ7MhmEbU2qARR4iQHE7wy24qy0cRX3Mfp6iELcDNfSsPGjUQVDGxQDCWjayJOpcwocugux082f49HKYg84EpHSGXAyh+/oxwaWbvL6aSDPOYuPDGOCI8jmnKiypE+',
};
// §9.1 W3: another corp's key and receive id.
const w3 = {
  token: 'QDG6eK',
  aesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
  query: {
    msg_signature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
    timestamp: '1409659589',
    nonce: '263014780',
  },
  echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
};

const settings: WeComSettings = {
  platform: 'wecom',
  corpId,
  agentId: '1000002',
  secret: 'wecom-secret',
  callbackToken: token,
  callbackAesKey: aesKey,
  baseUrl: null,
};
const client = createPlatformClient(settings);

const envelope = (encrypted: string) =>
  `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`;

function push(plainXml: string, timestamp = '1700000000', nonce = 'n1'): CallbackRequest {
  const encrypted = encrypt(aesKey, plainXml, corpId);
  const query = { msg_signature: getSignature(token, timestamp, nonce, encrypted), timestamp, nonce };
  return { method: 'POST', query, headers: {}, rawBody: envelope(encrypted) };
}

describe('WeCom callbacks', () => {
  it('answers the W1 URL verification with the bare decrypted echostr', () => {
    const result = client.handleCallback({
      method: 'GET',
      query: { ...w1.query, echostr: w1.echostr },
      headers: {},
      rawBody: '',
    });
    expect(result).toEqual({
      status: 200,
      contentType: 'text/plain',
      body: '1288432023552776189',
      events: [],
    });
  });

  it('answers the W3 verification for that corp, even when "+" arrived as a space', () => {
    const other = createPlatformClient({
      ...settings,
      corpId: w3.corpId,
      callbackToken: w3.token,
      callbackAesKey: w3.aesKey,
    });
    const echostr = w3.echostr.replace(/\+/g, ' ');
    const result = other.handleCallback({
      method: 'GET',
      query: { ...w3.query, echostr },
      headers: {},
      rawBody: '',
    });
    expect(result.body).toBe('1616140317555161061');
  });

  it('decrypts the W2 message into an event keyed by MsgId', () => {
    const result = client.handleCallback({
      method: 'POST',
      query: w2.query,
      headers: {},
      rawBody: envelope(w2.encrypt),
    });
    expect(result).toMatchObject({ status: 200, body: '' });
    expect(result.events).toEqual([
      {
        id: 'msg:1456453720',
        type: 'text',
        data: {
          ToUserName: corpId,
          FromUserName: 'ChenJiaShun',
          CreateTime: '1476422779',
          MsgType: 'text',
          Content: '你好',
          MsgId: '1456453720',
          AgentID: '1000002',
        },
      },
    ]);
  });

  it('reads a template card click, nested selections included', () => {
    const xml = [
      '<xml><ToUserName><![CDATA[ww1436e0e65a779aee]]></ToUserName><FromUserName><![CDATA[lisi]]></FromUserName>',
      '<CreateTime>1700000000</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>',
      '<EventKey><![CDATA[approve]]></EventKey><TaskId><![CDATA[t1]]></TaskId><ResponseCode><![CDATA[rc&1]]></ResponseCode>',
      '<SelectedItems><SelectedItem><QuestionKey><![CDATA[q1]]></QuestionKey><OptionIds><OptionId>a</OptionId><OptionId>b</OptionId></OptionIds></SelectedItem></SelectedItems>',
      '<AgentID>1000002</AgentID></xml>',
    ].join('');
    const [event] = client.handleCallback(push(xml)).events;
    expect(event).toMatchObject({
      id: 'event:lisi:1700000000:template_card_event:approve',
      type: 'template_card_event',
      data: {
        ResponseCode: 'rc&1',
        SelectedItems: { SelectedItem: { QuestionKey: 'q1', OptionIds: { OptionId: ['a', 'b'] } } },
      },
    });
  });

  it('refuses tampered, unsigned, foreign or malformed pushes as bad_signature', () => {
    const genuine = push('<xml><MsgType>event</MsgType><Event>enter_agent</Event></xml>');
    const foreign = encrypt(aesKey, '<xml><MsgType>text</MsgType></xml>', 'wwothercorp');
    const foreignQuery = {
      msg_signature: getSignature(token, '1', '2', foreign),
      timestamp: '1',
      nonce: '2',
    };
    const cases: [CallbackRequest, string][] = [
      [{ ...genuine, query: { ...genuine.query, timestamp: '1700000001' } }, 'signature_mismatch'],
      [
        { ...genuine, rawBody: genuine.rawBody.replace('<Encrypt><![CDATA[', '<Encrypt><![CDATA[x') },
        'signature_mismatch',
      ],
      [{ ...genuine, query: {} }, 'missing_parameters'],
      [{ ...genuine, rawBody: '<xml><ToUserName>x</ToUserName></xml>' }, 'malformed_body'],
      [{ ...genuine, rawBody: '{"encrypt":"x"}' }, 'malformed_body'],
      [
        { method: 'POST', query: foreignQuery, headers: {}, rawBody: envelope(foreign) },
        'receive_id_mismatch',
      ],
      [
        { method: 'GET', query: { ...w1.query, echostr: `${w1.echostr}x` }, headers: {}, rawBody: '' },
        'signature_mismatch',
      ],
    ];
    for (const [request, reason] of cases) {
      expect(refusal(() => client.handleCallback(request))).toMatchObject({
        kind: 'bad_signature',
        platformCode: reason,
      });
    }
  });
});
