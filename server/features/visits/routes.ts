/** /visits, /visits/export, /visits/follow-ups, /visits/customer-suggestions and /customers/{id}/timeline: validate → service → JSON. */

import type { AppDeps } from '@server/app-deps';
import type { Routers } from '@server/core/http';
import { readBody, readId, readQuery } from '@server/core/http';
import { sendSpreadsheet } from '@server/core/spreadsheets';
import {
  customerSuggestionsQuery,
  visitCreate,
  visitExportQuery,
  visitListQuery,
  visitUpdate,
} from '@shared/schemas/visits';
import { exportVisits } from './export';
import { customerTimeline, listFollowUps, suggestCustomers } from './reading';
import { createVisit, deleteVisit, getVisit, listVisibleVisits, updateVisit } from './service';

export function visitRoutes(routers: Routers, deps: AppDeps): void {
  const api = routers.private;

  api.get('/visits', routers.kept, async (ctx) => {
    ctx.body = await listVisibleVisits(ctx.state.tdb, deps, ctx.state.actor, readQuery(ctx, visitListQuery));
  });

  api.post('/visits', async (ctx) => {
    const { visit, created } = await createVisit(
      ctx.state.tdb,
      deps,
      ctx.state.actor,
      readBody(ctx, visitCreate),
    );
    ctx.body = visit;
    ctx.status = created ? 201 : 200;
  });

  api.get('/visits/export', async (ctx) => {
    const query = readQuery(ctx, visitExportQuery);
    const exportDeps = { attachments: deps.attachments, publicUrl: deps.config.publicUrl };
    sendSpreadsheet(ctx, exportVisits(ctx.state.tdb, exportDeps, ctx.state.actor, query, ctx.state.t));
  });

  api.get('/visits/follow-ups', routers.kept, async (ctx) => {
    ctx.body = await listFollowUps(ctx.state.tdb, ctx.state.actor);
  });

  api.get('/visits/customer-suggestions', async (ctx) => {
    const near = readQuery(ctx, customerSuggestionsQuery);
    ctx.body = await suggestCustomers(ctx.state.tdb, ctx.state.actor, near);
  });

  api.get('/visits/:id', async (ctx) => {
    ctx.body = await getVisit(ctx.state.tdb, deps, ctx.state.actor, readId(ctx));
  });

  api.patch('/visits/:id', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await updateVisit(ctx.state.tdb, deps, ctx.state.actor, id, readBody(ctx, visitUpdate));
  });

  api.delete('/visits/:id', async (ctx) => {
    await deleteVisit(ctx.state.tdb, deps, ctx.state.actor, readId(ctx));
    ctx.status = 204;
  });

  api.get('/customers/:id/timeline', async (ctx) => {
    ctx.body = await customerTimeline(ctx.state.tdb, deps, ctx.state.actor, readId(ctx));
  });
}
