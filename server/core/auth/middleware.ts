/** Puts the signed-in actor and a database bound to their tenant on ctx.state, or answers 401. */
import type { Next } from 'koa';
import { type RootDb, TenantDb } from '../db';
import { AppError } from '../errors';
import type { AppContext } from '../http';
import { resolveSession } from './sessions';

export function requireActor(db: RootDb) {
  return async (ctx: AppContext, next: Next) => {
    const header = ctx.get('authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError('UNAUTHENTICATED');
    const actor = await resolveSession(db, match[1]);
    if (!actor) throw new AppError('SESSION_INVALID');
    ctx.state.actor = actor;
    ctx.state.tdb = new TenantDb(db, actor.tenantId);
    await next();
  };
}
