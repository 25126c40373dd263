/** /insight/*: validate the filters → the dashboard's service (which authorizes) → JSON. */
import type { Routers } from '@server/core/http';
import { readId, readQuery } from '@server/core/http';
import { insightFilters } from '@shared/schemas/insight';
import {
  customerLoop,
  implementationInsight,
  loopInsight,
  requirementInsight,
  visitInsight,
} from './service';

export function insightRoutes(routers: Routers): void {
  const api = routers.private;

  api.get('/insight/visits', async (ctx) => {
    ctx.body = await visitInsight(ctx.state.tdb, ctx.state.actor, readQuery(ctx, insightFilters));
  });

  api.get('/insight/requirements', async (ctx) => {
    ctx.body = await requirementInsight(ctx.state.tdb, ctx.state.actor, readQuery(ctx, insightFilters));
  });

  api.get('/insight/loop', async (ctx) => {
    ctx.body = await loopInsight(ctx.state.tdb, ctx.state.actor, readQuery(ctx, insightFilters));
  });

  api.get('/insight/implementation', async (ctx) => {
    ctx.body = await implementationInsight(ctx.state.tdb, ctx.state.actor, readQuery(ctx, insightFilters));
  });

  api.get('/insight/customers/:id', async (ctx) => {
    ctx.body = await customerLoop(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });
}
