/** WeCom-specific `/__emu/*` routes: seeding, OAuth codes and current user, tickets, signatures, pushes. */
import { Router } from '@koa/router';
import { z } from 'zod';
import { parseControl, requestBody } from '../core/control';
import type { WeComEmulator } from './server';
import { weComOrgSeed } from './state';
import type { XmlFields } from './xml';

const authCodeRequest = z.object({
  corpId: z.string().min(1),
  userId: z.string().min(1),
  scope: z.enum(['snsapi_base', 'snsapi_privateinfo']).optional(),
});
const currentUserRequest = z.object({ corpId: z.string().min(1), userId: z.string().min(1) });
const xmlPayload = z.union([z.string(), z.record(z.string(), z.unknown())]);
const pushRequest = z.object({ appKey: z.string().min(1), payload: xmlPayload, callbackUrl: z.url() });
const urlCheckRequest = z.object({ appKey: z.string().min(1), callbackUrl: z.url() });
const signatureRequest = z.object({
  appKey: z.string().min(1),
  kind: z.enum(['jsapi', 'agentJsapi']),
  url: z.string().min(1),
  nonceStr: z.string().min(1),
  timestamp: z.union([z.string(), z.number()]),
  signature: z.string().min(1),
});

export function weComControlRoutes(emulator: WeComEmulator): Router {
  const router = new Router({ prefix: '/__emu' });
  router.get('/orgs', (ctx) => {
    ctx.body = emulator.orgs();
  });
  router.post('/orgs', (ctx) => {
    emulator.addOrg(parseControl(weComOrgSeed, requestBody(ctx)));
    ctx.status = 204;
  });
  router.post('/auth-code', (ctx) => {
    ctx.body = { code: emulator.mintAuthCode(parseControl(authCodeRequest, requestBody(ctx))) };
  });
  router.post('/current-user', (ctx) => {
    emulator.setCurrentUser(parseControl(currentUserRequest, requestBody(ctx)));
    ctx.status = 204;
  });
  router.get('/tickets', (ctx) => {
    const { appKey } = parseControl(z.object({ appKey: z.string() }), ctx.query);
    ctx.body = emulator.currentTickets(appKey);
  });
  router.post('/jsapi-signature/verify', (ctx) => {
    ctx.body = emulator.verifyJsapiSignature(parseControl(signatureRequest, requestBody(ctx)));
  });
  router.post('/callbacks', async (ctx) => {
    const { appKey, payload, callbackUrl } = parseControl(pushRequest, requestBody(ctx));
    ctx.body = await emulator.pushCallback(appKey, payload as string | XmlFields, callbackUrl);
  });
  router.post('/callbacks/verify-url', async (ctx) => {
    const { appKey, callbackUrl } = parseControl(urlCheckRequest, requestBody(ctx));
    ctx.body = await emulator.verifyCallbackUrl(appKey, callbackUrl);
  });
  return router;
}
