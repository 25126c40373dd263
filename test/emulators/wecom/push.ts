/**
 * Callbacks as WeCom sends them, built with the official @wecom/crypto: the GET URL check with an encrypted
 * echostr, and POSTed events in the encrypted XML envelope. Passive replies are decrypted and checked.
 */
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { type PushExchange, sendPush, withQuery } from '../core/callback-client';
import { randomDigits } from '../core/ids';
import type { WeComApp } from './state';
import { readTag, toXml, type XmlFields } from './xml';

export interface WeComReply {
  plain: string;
  signatureValid: boolean;
  receiveId: string;
}

export interface WeComPushResult extends PushExchange {
  /** The app's passive reply decrypted and checked; null for an empty or plain body. */
  reply: WeComReply | null;
}

export interface WeComUrlCheck extends PushExchange {
  /** The app answered exactly the decrypted echostr: no quotes, no BOM, no newline. */
  ok: boolean;
  expected: string;
}

function signedQuery(app: WeComApp, encrypted: string, nowMs: number): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = randomDigits(10);
  return { msg_signature: getSignature(app.callbackToken, timestamp, nonce, encrypted), timestamp, nonce };
}

export async function verifyWeComUrl(
  app: WeComApp,
  callbackUrl: string,
  nowMs: number,
): Promise<WeComUrlCheck> {
  const expected = randomDigits(19);
  const echostr = encrypt(app.callbackAesKey, expected, app.corpId);
  const query = { ...signedQuery(app, echostr, nowMs), echostr };
  const exchange = await sendPush({
    method: 'GET',
    url: withQuery(callbackUrl, query),
    headers: {},
    body: null,
  });
  return { ...exchange, ok: exchange.status === 200 && exchange.body === expected, expected };
}

export async function pushWeComEvent(
  app: WeComApp,
  payload: string | XmlFields,
  callbackUrl: string,
  nowMs: number,
): Promise<WeComPushResult> {
  const plain = typeof payload === 'string' ? payload : toXml(payload);
  const encrypted = encrypt(app.callbackAesKey, plain, app.corpId);
  const body = toXml({ ToUserName: app.corpId, AgentID: app.agentId, Encrypt: encrypted });
  const exchange = await sendPush({
    method: 'POST',
    url: withQuery(callbackUrl, signedQuery(app, encrypted, nowMs)),
    headers: { 'content-type': 'text/xml; charset=utf-8' },
    body,
  });
  return { ...exchange, reply: readReply(app, exchange.body) };
}

function readReply(app: WeComApp, body: string): WeComReply | null {
  const encrypted = readTag(body, 'Encrypt');
  if (!encrypted) return null;
  try {
    const { message, id } = decrypt(app.callbackAesKey, encrypted);
    const signature = getSignature(
      app.callbackToken,
      readTag(body, 'TimeStamp') ?? '',
      readTag(body, 'Nonce') ?? '',
      encrypted,
    );
    return { plain: message, receiveId: id, signatureValid: signature === readTag(body, 'MsgSignature') };
  } catch {
    return null;
  }
}
