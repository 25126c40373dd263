/** /webhooks (admins): subscribe URLs to events, list, change and delete them, read the delivery log, re-send. */
import type { AppDeps } from '@server/app-deps';
import type { Routers } from '@server/core/http';
import { readBody, readId } from '@server/core/http';
import { webhookCreate, webhookUpdate } from '@shared/schemas/webhooks';
import {
  changeWebhook,
  createWebhook,
  listDeliveries,
  listWebhooks,
  removeWebhook,
  resendDelivery,
} from './service';

export function webhookRoutes(routers: Routers, deps: AppDeps): void {
  const api = routers.private;
  const { box, outbound } = deps.platforms;

  api.get('/webhooks', async (ctx) => {
    ctx.body = await listWebhooks(ctx.state.tdb, ctx.state.actor);
  });

  api.post('/webhooks', async (ctx) => {
    const input = readBody(ctx, webhookCreate);
    ctx.body = await createWebhook(ctx.state.tdb, ctx.state.actor, { box, outbound }, input);
    ctx.status = 201;
  });

  api.patch('/webhooks/:id', async (ctx) => {
    const id = readId(ctx);
    ctx.body = await changeWebhook(ctx.state.tdb, ctx.state.actor, id, readBody(ctx, webhookUpdate));
  });

  api.delete('/webhooks/:id', async (ctx) => {
    await removeWebhook(ctx.state.tdb, ctx.state.actor, readId(ctx));
    ctx.status = 204;
  });

  api.get('/webhooks/:id/deliveries', async (ctx) => {
    ctx.body = await listDeliveries(ctx.state.tdb, ctx.state.actor, readId(ctx));
  });

  api.post('/webhooks/:id/deliveries/:deliveryId/resend', async (ctx) => {
    const ids = { webhookId: readId(ctx), deliveryId: readId(ctx, 'deliveryId') };
    ctx.body = await resendDelivery(ctx.state.tdb, ctx.state.actor, ids);
    ctx.status = 201;
  });
}
