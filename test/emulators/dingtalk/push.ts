/** Pushes an HTTP event subscription callback to the app the way DingTalk does, and checks its reply. */
import { type PushExchange, parseJsonObject, sendPush, withQuery } from '../core/callback-client';
import { randomAlphanumeric } from '../core/ids';
import { callbackSignature, decryptCallback, encryptCallback } from './crypto';
import type { DingTalkApp } from './state';

export interface DingTalkReply {
  /** The decrypted reply; DingTalk expects "success". */
  plain: string;
  /** Whether msg_signature matched sha1(sort(token, timeStamp, nonce, encrypt)). */
  signatureValid: boolean;
  /** The id at the end of the plaintext; must be the app's key (clientId) for dev-console subscriptions. */
  ownerKey: string;
}

export interface DingTalkPushResult extends PushExchange {
  /** The app's encrypted reply, checked and decrypted; null when the body was not such an envelope. */
  reply: DingTalkReply | null;
}

export async function pushDingTalkEvent(
  app: DingTalkApp,
  event: unknown,
  callbackUrl: string,
  nowMs: number,
): Promise<DingTalkPushResult> {
  const plain = typeof event === 'string' ? event : JSON.stringify(event);
  // Dev-console event subscriptions of internal apps end the plaintext with the app key, not the corpId.
  const encrypt = encryptCallback(app.callbackAesKey, plain, app.clientId);
  const timestamp = String(nowMs);
  const nonce = randomAlphanumeric(8);
  const exchange = await sendPush({
    method: 'POST',
    url: withQuery(callbackUrl, {
      msg_signature: callbackSignature(app.callbackToken, timestamp, nonce, encrypt),
      timestamp,
      nonce,
    }),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ encrypt }),
  });
  return { ...exchange, reply: readReply(app, exchange.body) };
}

function readReply(app: DingTalkApp, body: string): DingTalkReply | null {
  const reply = parseJsonObject(body);
  const fields = ['msg_signature', 'timeStamp', 'nonce', 'encrypt'] as const;
  if (!reply || !fields.every((field) => typeof reply[field] === 'string')) return null;
  const [signature, timeStamp, nonce, encrypt] = fields.map((field) => String(reply[field]));
  try {
    const { message, ownerKey } = decryptCallback(app.callbackAesKey, encrypt ?? '');
    const expected = callbackSignature(app.callbackToken, timeStamp ?? '', nonce ?? '', encrypt ?? '');
    return { plain: message, ownerKey, signatureValid: expected === signature };
  } catch {
    return null;
  }
}
