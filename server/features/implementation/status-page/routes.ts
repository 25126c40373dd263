/** Status-page links of a project (share, list, revoke) and the public page a link opens: /status/{token}. */
import type { AppDeps } from '@server/app-deps';
import type { Routers } from '@server/core/http';
import { readBody, readId } from '@server/core/http';
import { shareInput } from '@shared/schemas/implementation-sharing';
import { visibleProject } from '../projects/service';
import { listStatusLinks, revokeStatusLink, shareProject } from './links-service';
import { statusPageFor } from './service';

export function statusPageRoutes(routers: Routers, deps: AppDeps): void {
  const api = routers.private;

  api.post('/projects/:id/share', async (ctx) => {
    const bundle = await visibleProject(ctx.state.tdb, ctx.state.actor, readId(ctx));
    const { days } = readBody(ctx, shareInput);
    ctx.body = await shareProject(ctx.state.tdb, ctx.state.actor, bundle, {
      days,
      publicUrl: deps.config.publicUrl,
    });
  });

  api.get('/projects/:id/status-links', async (ctx) => {
    const bundle = await visibleProject(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.body = await listStatusLinks(ctx.state.tdb, ctx.state.actor, bundle);
  });

  api.post('/projects/:id/status-links/:linkId/revoke', async (ctx) => {
    const bundle = await visibleProject(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.body = await revokeStatusLink(ctx.state.tdb, ctx.state.actor, bundle, readId(ctx, 'linkId'));
  });

  routers.public.get('/status/:token', async (ctx) => {
    ctx.body = await statusPageFor(deps.db, String(ctx.params.token ?? ''));
  });
}
