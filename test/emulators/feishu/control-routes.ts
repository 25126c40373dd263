/** Feishu-specific `/__emu/*` routes: seeding, sign-in codes, tickets, signature checks and event pushes. */
import { Router } from '@koa/router';
import { z } from 'zod';
import { parseControl, requestBody } from '../core/control';
import type { FeishuEmulator } from './server';
import { feishuAppSeed } from './state';

const authCodeRequest = z.object({
  appId: z.string().min(1),
  openId: z.string().min(1),
  kind: z.enum(['requestAccess', 'requestAuthCode', 'oauth']).optional(),
  scope: z.string().optional(),
  redirectUri: z.string().optional(),
});
const currentUserRequest = z.object({ appId: z.string().min(1), openId: z.string().min(1) });
const pushRequest = z.object({ appKey: z.string().min(1), payload: z.unknown(), callbackUrl: z.url() });
const eventRequest = z.object({
  appKey: z.string().min(1),
  eventType: z.string().min(1),
  event: z.unknown(),
  callbackUrl: z.url(),
});
const signatureRequest = z.object({
  appKey: z.string().min(1),
  url: z.string().min(1),
  nonceStr: z.string().min(1),
  timestamp: z.union([z.string(), z.number()]),
  signature: z.string().min(1),
});

export function feishuControlRoutes(emulator: FeishuEmulator): Router {
  const router = new Router({ prefix: '/__emu' });
  router.get('/apps', (ctx) => {
    ctx.body = emulator.apps();
  });
  router.post('/apps', (ctx) => {
    emulator.addApp(parseControl(feishuAppSeed, requestBody(ctx)));
    ctx.status = 204;
  });
  router.post('/auth-code', (ctx) => {
    ctx.body = { code: emulator.mintAuthCode(parseControl(authCodeRequest, requestBody(ctx))) };
  });
  router.post('/current-user', (ctx) => {
    emulator.setCurrentUser(parseControl(currentUserRequest, requestBody(ctx)));
    ctx.status = 204;
  });
  router.post('/options', (ctx) => {
    const { tokenErrorStatus } = parseControl(
      z.object({ tokenErrorStatus: z.union([z.literal(200), z.literal(400)]) }),
      requestBody(ctx),
    );
    emulator.setTokenErrorStatus(tokenErrorStatus);
    ctx.status = 204;
  });
  router.get('/tickets', (ctx) => {
    const { appKey } = parseControl(z.object({ appKey: z.string() }), ctx.query);
    ctx.body = { jsapi: emulator.currentTicket(appKey) };
  });
  router.post('/jsapi-signature/verify', (ctx) => {
    ctx.body = emulator.verifyJsapiSignature(parseControl(signatureRequest, requestBody(ctx)));
  });
  router.post('/callbacks', async (ctx) => {
    const { appKey, payload, callbackUrl } = parseControl(pushRequest, requestBody(ctx));
    ctx.body = await emulator.pushCallback(appKey, payload, callbackUrl);
  });
  router.post('/events', async (ctx) => {
    const { appKey, eventType, event, callbackUrl } = parseControl(eventRequest, requestBody(ctx));
    ctx.body = await emulator.pushCallback(
      appKey,
      emulator.eventEnvelope(appKey, eventType, event),
      callbackUrl,
    );
  });
  return router;
}
