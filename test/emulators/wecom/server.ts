/** Starts the WeCom emulator: qyapi.weixin.qq.com and the open.weixin.qq.com OAuth page on one server. */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { buildEmulatorApp } from '../core/app';
import { type CommonControls, ControlError, checkThrottleCode, commonControlRoutes } from '../core/control';
import type { FaultKind } from '../core/faults';
import { type ListenOptions, listen } from '../core/http-server';
import { checkJsapiSignature, type SignatureVerdict } from '../core/jsapi-signature';
import { weComAgentRoutes } from './agent-routes';
import { weComContactRoutes } from './contact-routes';
import { weComControlRoutes } from './control-routes';
import { weComError, weComRefusals, weComThrottles } from './http';
import { weComMessageRoutes } from './message-routes';
import { pushWeComEvent, verifyWeComUrl, type WeComPushResult, type WeComUrlCheck } from './push';
import { AUTH_CODE_TTL_MS, weComRoutes } from './routes';
import { type AuthCodeSubject, type WeComOrgSeed, WeComState } from './state';
import type { XmlFields } from './xml';

export interface WeComOrgSummary {
  corpId: string;
  corpName: string;
  apps: { appKey: string; agentId: string }[];
  users: { userId: string; name: string; departmentIds: number[] }[];
}

export interface WeComSignatureCheck {
  appKey: string;
  /** jsapi: wx.config / getConfigSignature; agentJsapi: wx.agentConfig / getAgentConfigSignature. */
  kind: 'jsapi' | 'agentJsapi';
  url: string;
  nonceStr: string;
  timestamp: string | number;
  signature: string;
}

export interface WeComEmulator extends CommonControls {
  baseUrl: string;
  close(): Promise<void>;
  /** Registers a corp, one app of it (agentId + secret) and its people; again for the same corp adds an app. */
  addOrg(seed: WeComOrgSeed): void;
  orgs(): WeComOrgSummary[];
  /** A code as the OAuth page would put on redirect_uri: single use, 5 minutes. */
  mintAuthCode(input: { corpId: string; userId: string; scope?: AuthCodeSubject['scope'] }): string;
  /** Who /connect/oauth2/authorize signs in when the request carries no `emu_user`. */
  setCurrentUser(input: { corpId: string; userId: string }): void;
  /** The live corp and agent tickets of an app (`${corpId}/${agentId}`). */
  currentTickets(appKey: string): { jsapi: string | null; agentJsapi: string | null };
  /** Checks a config or agentConfig signature (SHA-1, seconds) against the matching live ticket. */
  verifyJsapiSignature(input: WeComSignatureCheck): SignatureVerdict;
  /** POSTs an event (plain XML or fields) in the encrypted envelope and decrypts any passive reply. */
  pushCallback(appKey: string, payload: string | XmlFields, callbackUrl: string): Promise<WeComPushResult>;
  /** The GET check WeCom makes when a callback URL is saved: the app must echo the decrypted echostr. */
  verifyCallbackUrl(appKey: string, callbackUrl: string): Promise<WeComUrlCheck>;
  /** Sets the app's 企业可信IP list (null: none, as for apps created before 2022-06-20); other callers get 60020. */
  setTrustedIps(appKey: string, ips: string[] | null): void;
  /** Sets the app's 可信域名 (null: none enforced); the OAuth page refuses other redirect hosts with 50001. */
  setTrustedDomain(appKey: string, domain: string | null): void;
}

function renderFault(ctx: Context, kind: Exclude<FaultKind, 'network'>, code = 45009): void {
  if (kind === 'token_invalid') weComError(ctx, 42001, 'access_token expired');
  else if (kind === 'throttled') weComError(ctx, code, weComThrottles[code] ?? 'api freq out of limit');
  else if (kind === 'rate_limited') weComError(ctx, 45009, 'api freq out of limit');
  else if (kind === 'refused') weComError(ctx, code, weComRefusals[code] ?? 'refused');
  else weComError(ctx, -1, 'system busy');
}

export async function startWeComEmulator(options: ListenOptions = {}): Promise<WeComEmulator> {
  const state = new WeComState();
  const platformRouter = new Router();
  weComRoutes(platformRouter, state);
  weComMessageRoutes(platformRouter, state);
  weComContactRoutes(platformRouter, state);
  weComAgentRoutes(platformRouter, state);

  const appOf = (appKey: string) => {
    const app = state.apps.get(appKey);
    if (!app) throw new ControlError(404, `no WeCom app ${appKey} (expected "corpId/agentId")`);
    return app;
  };
  const requireUser = (corpId: string, userId: string) => {
    if (!state.userOf(corpId, userId))
      throw new ControlError(404, `no WeCom user ${userId} in corp ${corpId}`);
  };

  const controls: Omit<WeComEmulator, 'baseUrl' | 'close'> = {
    addOrg: (seed) => void state.addOrg(seed),
    orgs: () =>
      [...state.orgs.values()].map((org) => ({
        corpId: org.corpId,
        corpName: org.corpName,
        apps: [...state.apps.values()]
          .filter((app) => app.corpId === org.corpId)
          .map(({ appKey, agentId }) => ({ appKey, agentId })),
        users: [...org.users.values()].map(({ userId, name, departmentIds }) => ({
          userId,
          name,
          departmentIds,
        })),
      })),
    mintAuthCode: ({ corpId, userId, scope = 'snsapi_base' }) => {
      requireUser(corpId, userId);
      return state.codes.mint({ corpId, userId, scope }, AUTH_CODE_TTL_MS);
    },
    setCurrentUser: ({ corpId, userId }) => {
      requireUser(corpId, userId);
      state.currentUser.set(corpId, userId);
    },
    currentTickets: (appKey) => {
      const app = appOf(appKey);
      return {
        jsapi: state.corpTickets.currentFor(app.corpId)?.value ?? null,
        agentJsapi: state.agentTickets.currentFor(app.appKey)?.value ?? null,
      };
    },
    verifyJsapiSignature: ({ kind, ...input }) => {
      const ticket = controls.currentTickets(input.appKey)[kind];
      if (!ticket) return { ok: false, algorithm: null, reason: `the app holds no live ${kind} ticket` };
      return checkJsapiSignature({ ...input, ticket }, ['sha1']);
    },
    pushCallback: (appKey, payload, callbackUrl) =>
      pushWeComEvent(appOf(appKey), payload, callbackUrl, state.clock.now()),
    setTrustedIps: (appKey, ips) => {
      const app = appOf(appKey);
      if (ips) app.trustedIps = ips;
      else delete app.trustedIps;
    },
    setTrustedDomain: (appKey, domain) => {
      const app = appOf(appKey);
      if (domain) app.trustedDomain = domain;
      else delete app.trustedDomain;
    },
    verifyCallbackUrl: (appKey, callbackUrl) => verifyWeComUrl(appOf(appKey), callbackUrl, state.clock.now()),
    sentMessages: (filter) => state.outbox.find(filter),
    counters: () => state.counters.all(),
    failNext: (fault) => state.faults.arm(checkThrottleCode(fault, weComThrottles, weComRefusals)),
    invalidateTokens: () => state.tokens.revokeAll(),
    advanceClock: (ms) => state.clock.advance(ms),
    now: () => state.clock.now(),
    reset: () => state.reset(),
  };

  const emulator: WeComEmulator = { baseUrl: '', close: async () => {}, ...controls };
  const app = buildEmulatorApp({
    faults: state.faults,
    renderFault,
    renderBadRequest: (ctx) => weComError(ctx, 47001, 'data format error'),
    renderUnknownPath: (ctx) => {
      ctx.status = 404;
      ctx.body = { errcode: 404, errmsg: 'not found' };
    },
    routers: [commonControlRoutes(emulator), weComControlRoutes(emulator), platformRouter],
  });
  const server = await listen(app, options);
  emulator.baseUrl = server.baseUrl;
  emulator.close = server.close;
  return emulator;
}
