/** /healthz: the process answers. /readyz: the database answers and every migration has run. */
import type { Context } from 'koa';
import type { DatabaseHandle } from './db';
import { pendingMigrations } from './db';
import { ping } from './db/unscoped';
import type { Logger } from './log';

export function healthRoutes(database: DatabaseHandle, log: Logger) {
  return async (ctx: Context, next: () => Promise<unknown>) => {
    if (ctx.method !== 'GET') return next();
    if (ctx.path === '/healthz') {
      ctx.body = { status: 'ok' };
      return;
    }
    if (ctx.path !== '/readyz') return next();
    try {
      await ping(database.db);
      const pending = await pendingMigrations(database);
      ctx.status = pending.length === 0 ? 200 : 503;
      ctx.body = { status: pending.length === 0 ? 'ready' : 'migrations pending', pending };
    } catch (error) {
      log.warn({ err: error }, 'readiness check failed');
      ctx.status = 503;
      ctx.body = { status: 'database unreachable' };
    }
  };
}
