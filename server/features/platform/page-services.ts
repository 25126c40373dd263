/** What pages and platforms call: sign-in options before 免登, signed JS-API config, and incoming callbacks. */
import { randomBytes } from 'node:crypto';
import { type RootDb, TenantDb } from '@server/core/db';
import { findConnectionByExternalKey, findConnectionTenant } from '@server/core/db/unscoped';
import { AppError, notFound } from '@server/core/errors';
import { isFreshTimestamp } from '@server/platforms/crypto/freshness';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { withAppToken } from '@server/platforms/tokens';
import {
  type CallbackRequest,
  type CallbackResult,
  PlatformError,
  type TicketKind,
} from '@server/platforms/types';
import type { JsapiConfig, SignInOptions, signInOptionsQuery } from '@shared/schemas/platform';
import type { z } from 'zod';
import { personIdForIdentity } from '../users/service';
import { runCardAction } from './card-actions';
import { asAppError, connectedClient } from './connections';
import { keepEvents } from './inbox';
import { presentConnection } from './present';

export async function signInOptionsFor(
  db: RootDb,
  runtime: PlatformRuntime,
  query: z.output<typeof signInOptionsQuery>,
): Promise<SignInOptions> {
  const agentId = query.platform === 'wecom' ? (query.agentId ?? '') : '';
  const found = await findConnectionByExternalKey(db, query.platform, query.key, agentId);
  if (found?.enabled !== 1) throw new AppError('ORG_NOT_CONNECTED');
  const { row } = await connectedClient(new TenantDb(db, found.tenantId), runtime, found.id);
  const shown = presentConnection(row, runtime);
  return {
    platform: shown.platform,
    connectionId: shown.id,
    corpId: shown.corpId,
    clientId: shown.clientId,
    appId: shown.appId,
    agentId: shown.agentId,
    oauthBaseUrl: shown.platform === 'wecom' ? (shown.baseUrl ?? 'https://open.weixin.qq.com') : null,
  };
}

/** A page may have the tickets fetched anew (it reported a rejected signature) at most this often per connection. */
const ticketRefetchIntervalMs = 60_000;

/**
 * Signs the page URL (without its fragment) for the platform's config call. Only pages on PUBLIC_URL's origin are
 * signed: the request's Host header is the client's to choose, so it never decides what "this app" is. With
 * `refresh`, the page's config was refused (DingTalk 52013): the cached tickets are fetched anew before signing,
 * unless they were fetched within the last minute.
 */
export async function jsapiConfigFor(
  tdb: TenantDb,
  runtime: PlatformRuntime,
  input: { connectionId: string; url: string; refresh: boolean },
): Promise<JsapiConfig> {
  if (new URL(input.url).origin !== new URL(runtime.publicUrl).origin) {
    throw new AppError('VALIDATION_FAILED', { url: 'validation.foreignUrl' });
  }
  const { row, client } = await connectedClient(tdb, runtime, input.connectionId);
  if (row.enabled !== 1) throw new AppError('ORG_NOT_CONNECTED');
  const connection = { id: row.id, client };
  const tickets: Partial<Record<TicketKind, string>> = {};
  try {
    for (const kind of client.ticketKinds) {
      const key = { platform: client.platform, connectionId: row.id, kind };
      if (input.refresh) await runtime.tokens.refetchUnlessRecent(tdb, key, ticketRefetchIntervalMs);
      tickets[kind] = await runtime.tokens.get(tdb, key, () =>
        withAppToken(runtime.tokens, tdb, connection, (token) => client.fetchTicket(token, kind)),
      );
    }
  } catch (error) {
    throw asAppError(error);
  }
  const [pageUrl = input.url] = input.url.split('#');
  return client.jsapiConfig(tickets, pageUrl, { nonceStr: randomBytes(8).toString('hex'), now: Date.now() });
}

/**
 * Verifies and answers a platform callback, and keeps each event once in the inbox (platforms re-deliver
 * whatever was not acknowledged in time). Processing happens after the answer, never inside it.
 */
export async function receiveCallback(
  db: RootDb,
  runtime: PlatformRuntime,
  connectionId: string,
  request: CallbackRequest,
): Promise<CallbackResult> {
  const found = await findConnectionTenant(db, connectionId);
  if (!found) throw notFound();
  const tdb = new TenantDb(db, found.tenantId);
  const { row, client } = await connectedClient(tdb, runtime, connectionId);
  if (row.enabled !== 1) throw notFound();
  // DingTalk stamps milliseconds, WeCom seconds; Feishu's header timestamp is checked by its client.
  const stamp = request.query.timestamp ?? request.query.timeStamp;
  if (stamp && !isFreshTimestamp(stamp, Date.now())) throw new AppError('CALLBACK_REJECTED');
  let result: CallbackResult;
  try {
    result = client.handleCallback(request);
  } catch (error) {
    if (error instanceof PlatformError && error.kind === 'bad_signature')
      throw new AppError('CALLBACK_REJECTED');
    throw error;
  }
  const [press] = await keepEvents(tdb, client.platform, connectionId, result.events);
  if (!press) return result;
  const userId = await personIdForIdentity(tdb, connectionId, press.event.externalId);
  const toast = await runCardAction({ tdb, userId, value: press.event.value, isRepeat: press.isRepeat });
  return { ...result, body: JSON.stringify({ toast }) };
}
