/**
 * Puts the actor and a database bound to their tenant on ctx.state, or answers 401. The bearer is a sign-in
 * session, or an API token (`flk_…`) that is also held to its scope (403) and its rate limit (429).
 */
import type { Next } from 'koa';
import { type RootDb, TenantDb } from '../db';
import { AppError } from '../errors';
import type { AppContext } from '../http';
import { countApiTokenRequest, isAllowedByScope, isApiTokenSecret, resolveApiToken } from './api-tokens';
import type { SessionCache } from './sessions';

export interface ActorOptions {
  /** Requests one API token may make per minute, across every instance. */
  apiTokenRequestsPerMinute: number;
  /** This app instance's resolved sessions. */
  sessions: SessionCache;
}

export function requireActor(db: RootDb, options: ActorOptions) {
  return async (ctx: AppContext, next: Next) => {
    const header = ctx.get('authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const bearer = match?.[1];
    if (!bearer) throw new AppError('UNAUTHENTICATED');
    if (isApiTokenSecret(bearer)) {
      const actor = await resolveApiToken(db, bearer);
      if (!actor?.apiToken) throw new AppError('API_TOKEN_INVALID');
      const tdb = new TenantDb(db, actor.tenantId);
      const limited = await countApiTokenRequest(tdb, actor.apiToken.id, options.apiTokenRequestsPerMinute);
      if (limited) {
        ctx.set('Retry-After', String(limited.retryAfterSeconds));
        throw new AppError('RATE_LIMITED');
      }
      if (!isAllowedByScope(actor.apiToken.scope, ctx.method)) throw new AppError('API_TOKEN_READ_ONLY');
      ctx.state.actor = actor;
      ctx.state.tdb = tdb;
      return next();
    }
    const actor = await options.sessions.resolve(bearer);
    if (!actor) throw new AppError('SESSION_INVALID');
    ctx.state.actor = actor;
    ctx.state.tdb = new TenantDb(db, actor.tenantId);
    await next();
  };
}
