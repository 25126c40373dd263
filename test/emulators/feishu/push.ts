/** Pushes an event to the app's webhook the way Feishu does: encrypted body, signed headers. */
import { type PushExchange, parseJsonObject, sendPush } from '../core/callback-client';
import { randomAlphanumeric, randomHex } from '../core/ids';
import { encryptEvent, eventSignature } from './crypto';
import type { FeishuApp } from './state';

export interface FeishuPushResult extends PushExchange {
  /** The app's reply parsed as JSON (`{challenge}`, `{toast, card}`, `{}`), or null. */
  json: Record<string, unknown> | null;
}

export interface FeishuEventEnvelope {
  schema: '2.0';
  header: {
    event_id: string;
    event_type: string;
    create_time: string;
    token: string;
    app_id: string;
    tenant_key: string;
  };
  event: unknown;
}

export function eventEnvelope(
  app: FeishuApp,
  eventType: string,
  event: unknown,
  nowMs: number,
): FeishuEventEnvelope {
  return {
    schema: '2.0',
    header: {
      event_id: randomHex(16),
      event_type: eventType,
      create_time: String(nowMs),
      token: app.verificationToken,
      app_id: app.appId,
      tenant_key: app.tenantKey,
    },
    event,
  };
}

const isUrlVerification = (payload: unknown): boolean =>
  typeof payload === 'object' &&
  payload !== null &&
  (payload as { type?: unknown }).type === 'url_verification';

export async function pushFeishuEvent(
  app: FeishuApp,
  payload: unknown,
  callbackUrl: string,
  nowMs: number,
): Promise<FeishuPushResult> {
  const plain = typeof payload === 'string' ? payload : JSON.stringify(payload);
  const body = JSON.stringify({ encrypt: encryptEvent(app.encryptKey, plain) });
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  // url_verification arrives unsigned; everything else carries the three X-Lark headers.
  if (!isUrlVerification(payload)) {
    const timestamp = String(Math.floor(nowMs / 1000));
    const nonce = randomAlphanumeric(16);
    headers['x-lark-request-timestamp'] = timestamp;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = eventSignature(timestamp, nonce, app.encryptKey, body);
  }
  const exchange = await sendPush({ method: 'POST', url: callbackUrl, headers, body });
  return { ...exchange, json: parseJsonObject(exchange.body) };
}
