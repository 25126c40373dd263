/** DingTalk-specific `/__emu/*` routes: seeding, 免登 codes, tickets, signature checks and event pushes. */
import { Router } from '@koa/router';
import { z } from 'zod';
import { parseControl, requestBody } from '../core/control';
import type { DingTalkEmulator } from './server';
import { dingTalkOrgSeed } from './state';

const authCodeRequest = z.object({ corpId: z.string().min(1), userId: z.string().min(1) });
const pushRequest = z.object({ appKey: z.string().min(1), payload: z.unknown(), callbackUrl: z.url() });
const signatureRequest = z.object({
  corpId: z.string().min(1),
  agentId: z.union([z.string(), z.number()]),
  url: z.string().min(1),
  nonceStr: z.string().min(1),
  timeStamp: z.union([z.string(), z.number()]),
  signature: z.string().min(1),
});

export function dingTalkControlRoutes(emulator: DingTalkEmulator): Router {
  const router = new Router({ prefix: '/__emu' });
  router.get('/orgs', (ctx) => {
    ctx.body = emulator.orgs();
  });
  router.post('/orgs', (ctx) => {
    emulator.addOrg(parseControl(dingTalkOrgSeed, requestBody(ctx)));
    ctx.status = 204;
  });
  router.post('/auth-code', (ctx) => {
    ctx.body = { code: emulator.mintAuthCode(parseControl(authCodeRequest, requestBody(ctx))) };
  });
  router.get('/tickets', (ctx) => {
    const { appKey } = parseControl(z.object({ appKey: z.string() }), ctx.query);
    ctx.body = { jsapi: emulator.currentTicket(appKey) };
  });
  router.post('/tickets/expire', (ctx) => {
    emulator.expireTicket(parseControl(z.object({ appKey: z.string() }), requestBody(ctx)).appKey);
    ctx.status = 204;
  });
  router.post('/jsapi-signature/verify', (ctx) => {
    ctx.body = emulator.verifyJsapiSignature(parseControl(signatureRequest, requestBody(ctx)));
  });
  router.post('/callbacks', async (ctx) => {
    const { appKey, payload, callbackUrl } = parseControl(pushRequest, requestBody(ctx));
    ctx.body = await emulator.pushCallback(appKey, payload, callbackUrl);
  });
  return router;
}
