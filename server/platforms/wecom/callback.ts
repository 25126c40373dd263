/** WeCom callbacks (§4.6): GET URL verification answers the decrypted echostr; POST carries an encrypted XML event. */
import { type EnvelopeKeys, openEnvelope } from '../crypto/msg-envelope';
import {
  type CallbackRequest,
  type CallbackResult,
  PlatformError,
  type PlatformEvent,
  type WeComSettings,
} from '../types';
import { parseXmlRecord, textOf, type XmlRecord } from './xml';

export function handleWeComCallback(settings: WeComSettings, request: CallbackRequest): CallbackResult {
  const keys: EnvelopeKeys = {
    token: settings.callbackToken,
    aesKey: settings.callbackAesKey,
    receiveId: settings.corpId,
  };
  const { msg_signature: signature, timestamp, nonce } = request.query;
  if (!signature || !timestamp || !nonce) throw refuse('missing_parameters');

  if (request.method === 'GET') {
    // A query parser turns an unescaped "+" of the base64 echostr into a space (§4.6); base64 has no spaces.
    const echostr = request.query.echostr?.replace(/ /g, '+');
    if (!echostr) throw refuse('missing_parameters');
    const plain = openEnvelope('wecom', keys, { signature, timestamp, nonce, encrypt: echostr });
    // The answer is the bare plaintext: no quotes, no newline.
    return { status: 200, contentType: 'text/plain', body: plain, events: [] };
  }

  const envelope = parseXmlRecord(request.rawBody);
  const encrypt = envelope && textOf(envelope, 'Encrypt');
  if (!encrypt) throw refuse('malformed_body');
  const plain = openEnvelope('wecom', keys, { signature, timestamp, nonce, encrypt });
  const message = parseXmlRecord(plain);
  if (!message) throw refuse('malformed_event');
  // An empty 200 accepts the push without a passive reply; WeCom retries only on errors or after 5 s.
  return { status: 200, contentType: 'text/plain', body: '', events: [toEvent(message)] };
}

/** Messages dedupe by MsgId; events have none, so sender + time + event name + key stand in (§4.6). */
function toEvent(message: XmlRecord): PlatformEvent {
  const msgType = textOf(message, 'MsgType') ?? 'unknown';
  const event = textOf(message, 'Event');
  const msgId = textOf(message, 'MsgId');
  const type = msgType === 'event' && event ? event : msgType;
  const parts = [
    textOf(message, 'FromUserName'),
    textOf(message, 'CreateTime'),
    type,
    textOf(message, 'EventKey'),
  ];
  const id = msgId ? `msg:${msgId}` : `event:${parts.map((part) => part ?? '').join(':')}`;
  return { id, type, data: message };
}

function refuse(reason: string): PlatformError {
  return new PlatformError('wecom', 'bad_signature', reason, `callback refused: ${reason}`);
}
