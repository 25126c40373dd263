/** /auth/demo (public, only when demo login is on), /me and /auth/logout. */

import type { AppDeps } from '@server/app-deps';
import { AppError } from '@server/core/errors';
import type { RouteContext, Routers } from '@server/core/http';
import { readBody } from '@server/core/http';
import { rateLimit } from '@server/core/rate-limit';
import { demoLoginBody, linkLoginBody } from '@shared/schemas/auth';
import { signInWithLink } from './links';
import { currentUser, demoDirectory, demoLogin, signOut } from './service';

export function authRoutes(routers: Routers, { db, config }: AppDeps): void {
  const demoOnly = async (_ctx: RouteContext, next: () => Promise<unknown>) => {
    if (!config.demoLogin) throw new AppError('DEMO_LOGIN_DISABLED');
    await next();
  };

  routers.public.get('/auth/demo', demoOnly, async (ctx) => {
    ctx.body = await demoDirectory(db);
  });

  const signInLimit = rateLimit({ max: config.signInLimitPerMinute, windowMs: 60_000 });

  routers.public.post('/auth/demo', demoOnly, signInLimit, async (ctx) => {
    ctx.body = await demoLogin(db, config, readBody(ctx, demoLoginBody));
  });

  routers.public.post('/auth/link', signInLimit, async (ctx) => {
    ctx.body = await signInWithLink(db, config, readBody(ctx, linkLoginBody).token);
  });

  routers.private.get('/me', async (ctx) => {
    ctx.body = await currentUser(db, ctx.state.tdb, ctx.state.actor);
  });

  routers.private.post('/auth/logout', async (ctx) => {
    await signOut(ctx.state.tdb, ctx.state.actor);
    ctx.status = 204;
  });
}
