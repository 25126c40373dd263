/**
 * The outbox handler that sends a delivery: a signed JSON POST with a timeout, through the outbound guard (public
 * https addresses only, outside the demo). A 2xx answer delivers it; anything else is recorded on the delivery
 * and retried with the outbox's growing delays until `maxWebhookAttempts`, then the delivery has failed.
 */
import { type RootDb, TenantDb } from '@server/core/db';
import type { OutboundGuard } from '@server/core/outbound-url';
import { type OutboxHandler, PermanentFailure } from '@server/core/outbox/worker';
import type { SecretBox } from '@server/core/secrets';
import { type WebhookDeliveryPayload, webhookDeliveryKind } from './queue';
import { findDeliveryTarget, recordAttempt } from './repo';
import { signatureHeader, signatureOf } from './signature';

/** With the outbox's 1 s, 2 s, 4 s … delays, the last attempt comes about 2¼ hours after the first. */
export const maxWebhookAttempts = 14;
const timeoutMs = 10_000;

interface Outcome {
  httpStatus: number | null;
  error: string | null;
}

/** Why a request failed, in words the admin's delivery log can show. */
function failureOf(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

async function post(
  fetch: typeof globalThis.fetch,
  target: { url: string; body: string; event_type: string; event_id: string; id: string },
  secret: string,
): Promise<Outcome> {
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Fieldloop-Webhooks/1',
        'x-fieldloop-event': target.event_type,
        'x-fieldloop-event-id': target.event_id,
        'x-fieldloop-delivery': target.id,
        [signatureHeader]: signatureOf(secret, target.body, Math.floor(Date.now() / 1000)),
      },
      body: target.body,
      // A receiver answers; it does not send us elsewhere (a redirect could point anywhere, inside included).
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Only the status counts: the body, however large a receiver makes it, is never read.
    await response.body?.cancel();
    return response.ok
      ? { httpStatus: response.status, error: null }
      : { httpStatus: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    return { httpStatus: null, error: failureOf(error) };
  }
}

export function webhookOutboxHandlers(
  db: RootDb,
  runtime: { box: SecretBox; outbound: OutboundGuard },
): Record<string, OutboxHandler> {
  const send: OutboxHandler = async (tenantId, payload) => {
    const tdb = new TenantDb(db, tenantId);
    const { deliveryId } = payload as WebhookDeliveryPayload;
    const target = await findDeliveryTarget(tdb, deliveryId);
    // The hook was deleted meanwhile (its deliveries with it), or another pass settled this one.
    if (target?.status !== 'pending') return { skipped: true };
    const attempts = target.attempts + 1;
    const at = new Date().toISOString();
    const outcome =
      target.enabled === 1
        ? await post(runtime.outbound.fetch, target, runtime.box.open(target.secret_sealed))
        : { httpStatus: null, error: 'webhook disabled' };
    const attempt = {
      attempts,
      http_status: outcome.httpStatus,
      last_error: outcome.error,
      last_attempt_at: at,
    };
    if (outcome.error === null) {
      await recordAttempt(tdb, deliveryId, { ...attempt, status: 'delivered', delivered_at: at });
      return { httpStatus: outcome.httpStatus };
    }
    const hasGivenUp = attempts >= maxWebhookAttempts || target.enabled !== 1;
    await recordAttempt(tdb, deliveryId, {
      ...attempt,
      status: hasGivenUp ? 'failed' : 'pending',
      delivered_at: null,
    });
    throw hasGivenUp ? new PermanentFailure(outcome.error) : new Error(outcome.error);
  };
  return { [webhookDeliveryKind]: send };
}
