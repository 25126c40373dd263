/** /api-tokens (admins): make, list and revoke tokens for integrations. */
import type { Routers } from '@server/core/http';
import { readBody, readId } from '@server/core/http';
import { apiTokenCreate } from '@shared/schemas/api-tokens';
import { createApiToken, listApiTokens, revokeApiToken } from './service';

export function apiTokenRoutes(routers: Routers): void {
  const api = routers.private;

  api.get('/api-tokens', async (ctx) => {
    ctx.body = await listApiTokens(ctx.state.tdb, ctx.state.actor);
  });

  api.post('/api-tokens', async (ctx) => {
    ctx.body = await createApiToken(ctx.state.tdb, ctx.state.actor, readBody(ctx, apiTokenCreate));
    ctx.status = 201;
  });

  api.delete('/api-tokens/:id', async (ctx) => {
    await revokeApiToken(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.status = 204;
  });
}
