/**
 * Feishu event webhooks (§3.6). The SDK's own dispatcher skips checks we need (§8.16), so: the signature over the
 * raw body compared in constant time, a five-minute timestamp window, the verification token inside the payload,
 * and `url_verification`, which comes without signature headers, answered only when its token matches.
 */
import { createDecipheriv, createHash } from 'node:crypto';
import { safeEqual } from '../crypto/compare';
import { isFreshTimestamp } from '../crypto/freshness';
import { isRecord } from '../http';
import { type CallbackRequest, type CallbackResult, type FeishuSettings, PlatformError } from '../types';

/** Decrypts an `encrypt` field: key = SHA-256(encrypt key), IV = the first 16 bytes, standard padding (§8.4). */
export function decryptFeishu(encryptKey: string, encrypted: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const data = Buffer.from(encrypted, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', key, data.subarray(0, 16));
  return Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]).toString('utf8');
}

export function feishuSignature(
  timestamp: string,
  nonce: string,
  encryptKey: string,
  rawBody: string,
): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey + rawBody)
    .digest('hex');
}

export function handleFeishuCallback(
  settings: FeishuSettings,
  request: CallbackRequest,
  now: () => number = Date.now,
): CallbackResult {
  if (request.method !== 'POST') {
    return { status: 405, contentType: 'text/plain', body: 'method not allowed', events: [] };
  }
  const timestamp = request.headers['x-lark-request-timestamp'];
  const nonce = request.headers['x-lark-request-nonce'];
  const signature = request.headers['x-lark-signature'];
  const isSigned = Boolean(timestamp && nonce && signature);
  if (timestamp && nonce && signature) {
    const expected = feishuSignature(timestamp, nonce, settings.encryptKey, request.rawBody);
    if (!safeEqual(signature.toLowerCase(), expected)) throw refuse('signature_mismatch');
    if (!isFreshTimestamp(timestamp, now())) throw refuse('stale_timestamp');
  }
  const payload = readPayload(settings, request.rawBody);
  const token = payload.type === 'url_verification' ? payload.token : tokenOf(payload);
  if (typeof token !== 'string' || !safeEqual(token, settings.verificationToken))
    throw refuse('token_mismatch');

  if (payload.type === 'url_verification') {
    return {
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ challenge: payload.challenge }),
      events: [],
    };
  }
  if (!isSigned) throw refuse('missing_signature');
  const header = isRecord(payload.header) ? payload.header : {};
  const event = isRecord(payload.event) ? payload.event : {};
  // Schema 2.0 names the event in its header; the older 1.0 envelope has `uuid` and `event.type`.
  const id = String(header.event_id ?? payload.uuid ?? '');
  const type = String(header.event_type ?? event.type ?? '');
  if (!id || !type) throw refuse('malformed_event');
  return { status: 200, contentType: 'application/json', body: '{}', events: [{ id, type, data: payload }] };
}

function readPayload(settings: FeishuSettings, rawBody: string): Record<string, unknown> {
  try {
    const outer: unknown = JSON.parse(rawBody);
    if (!isRecord(outer)) throw new Error('not an object');
    const inner: unknown =
      typeof outer.encrypt === 'string'
        ? JSON.parse(decryptFeishu(settings.encryptKey, outer.encrypt))
        : outer;
    if (!isRecord(inner)) throw new Error('not an object');
    return inner;
  } catch {
    throw refuse('malformed_body');
  }
}

function tokenOf(payload: Record<string, unknown>): unknown {
  return isRecord(payload.header) ? payload.header.token : payload.token;
}

function refuse(reason: string): PlatformError {
  return new PlatformError('feishu', 'bad_signature', reason, `callback refused: ${reason}`);
}
