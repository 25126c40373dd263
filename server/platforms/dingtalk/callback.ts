/** DingTalk HTTP event pushes (§2.6): verify, decrypt, and answer with the encrypted "success". */
import { createHash } from 'node:crypto';
import { type EnvelopeKeys, openEnvelope, sealEnvelope } from '../crypto/msg-envelope';
import { isRecord } from '../http';
import {
  type CallbackRequest,
  type CallbackResult,
  type DingTalkSettings,
  PlatformError,
  type PlatformEvent,
} from '../types';

export function handleDingTalkCallback(
  settings: DingTalkSettings,
  request: CallbackRequest,
  now: () => number = Date.now,
): CallbackResult {
  if (request.method !== 'POST') {
    return { status: 405, contentType: 'text/plain', body: 'method not allowed', events: [] };
  }
  // A Stream-mode connection takes its events over its own WebSocket; nobody may post them here.
  if (settings.events === 'stream') throw refuse('stream_mode');
  // Dev-console event subscriptions end the plaintext with the appKey (clientId), not the corpId (§2.6 ownerKey).
  const keys: EnvelopeKeys = {
    token: settings.callbackToken,
    aesKey: settings.callbackAesKey,
    receiveId: settings.clientId,
  };
  const { query } = request;
  // Older docs name the parameters `signature` and `timeStamp`; accept both spellings.
  const signature = query.msg_signature ?? query.signature;
  const timestamp = query.timestamp ?? query.timeStamp;
  const nonce = query.nonce;
  const encrypt = encryptedBody(request.rawBody);
  if (!signature || !timestamp || !nonce || !encrypt) throw refuse('missing_parameters');
  const plain = openEnvelope('dingtalk', keys, { signature, timestamp, nonce, encrypt });
  const event = parseEvent(plain);
  const type = typeof event.EventType === 'string' ? event.EventType : 'unknown';
  // check_url is the console's "verify URL" button: answered like any event, nothing to process.
  const events: PlatformEvent[] =
    type === 'check_url' ? [] : [{ id: eventId(type, plain), type, data: event }];
  const reply = sealEnvelope(keys, 'success', String(now()));
  const body = {
    msg_signature: reply.signature,
    timeStamp: reply.timestamp,
    nonce: reply.nonce,
    encrypt: reply.encrypt,
  };
  return { status: 200, contentType: 'application/json', body: JSON.stringify(body), events };
}

function encryptedBody(rawBody: string): string | undefined {
  try {
    const body: unknown = JSON.parse(rawBody);
    return isRecord(body) && typeof body.encrypt === 'string' ? body.encrypt : undefined;
  } catch {
    return undefined;
  }
}

function parseEvent(plain: string): Record<string, unknown> {
  try {
    const event: unknown = JSON.parse(plain);
    if (isRecord(event)) return event;
  } catch {
    // fall through
  }
  throw refuse('malformed_event');
}

/** DingTalk pushes carry no event id; a redelivery repeats the same plaintext, so its hash dedupes. */
function eventId(type: string, plain: string): string {
  return `${type}:${createHash('sha256').update(plain).digest('hex').slice(0, 32)}`;
}

function refuse(reason: string): PlatformError {
  return new PlatformError('dingtalk', 'bad_signature', reason, `callback refused: ${reason}`);
}
