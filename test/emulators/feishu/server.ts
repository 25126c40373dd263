/** Starts the Feishu emulator: open.feishu.cn and accounts.feishu.cn on one local server. */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { buildEmulatorApp } from '../core/app';
import { type CommonControls, ControlError, checkThrottleCode, commonControlRoutes } from '../core/control';
import type { FaultKind } from '../core/faults';
import { type ListenOptions, listen } from '../core/http-server';
import { checkJsapiSignature, type SignatureVerdict } from '../core/jsapi-signature';
import { authRoutes } from './auth-routes';
import { contactRoutes } from './contact-routes';
import { feishuControlRoutes } from './control-routes';
import { feishuError, feishuRefusals, feishuThrottles, rateLimited, throttled, tokenRejected } from './http';
import { imRoutes } from './im-routes';
import { eventEnvelope, type FeishuEventEnvelope, type FeishuPushResult, pushFeishuEvent } from './push';
import {
  type AuthCodeKind,
  authCodeTtlMs,
  type FeishuAppSeed,
  FeishuState,
  type TokenErrorStatus,
} from './state';

export interface FeishuEmulatorOptions extends ListenOptions {
  /** HTTP status that comes with 99991663 (invalid tenant token); 200 unless told otherwise. */
  tokenErrorStatus?: TokenErrorStatus;
}

export interface FeishuAppSummary {
  appId: string;
  tenantKey: string;
  users: { openId: string; unionId: string; userId: string; name: string; departmentIds: string[] }[];
}

export interface FeishuAuthCodeRequest {
  appId: string;
  openId: string;
  /** requestAccess (default, 3 min), requestAuthCode (5 min) or the browser OAuth page (5 min). */
  kind?: AuthCodeKind;
  /** Space-separated scopes; `offline_access` makes the v2 exchange return a refresh token. */
  scope?: string;
  /** Set for browser OAuth codes: the v2 exchange must then present the same redirect_uri. */
  redirectUri?: string;
}

export interface FeishuSignatureCheck {
  appKey: string;
  url: string;
  nonceStr: string;
  timestamp: string | number;
  signature: string;
}

export interface FeishuEmulator extends CommonControls {
  baseUrl: string;
  close(): Promise<void>;
  /** Registers an app, its tenant and the tenant's people (ids as this app sees them). */
  addApp(seed: FeishuAppSeed): void;
  apps(): FeishuAppSummary[];
  /** What `tt.requestAccess` / `tt.requestAuthCode` would hand the page: single use. */
  mintAuthCode(input: FeishuAuthCodeRequest): string;
  /** Who the browser OAuth page (/open-apis/authen/v1/authorize) signs in without `?emu_user=`. */
  setCurrentUser(input: { appId: string; openId: string }): void;
  setTokenErrorStatus(status: TokenErrorStatus): void;
  currentTicket(appKey: string): string | null;
  /** Checks an h5sdk.config signature (SHA-1) against the live ticket. */
  verifyJsapiSignature(input: FeishuSignatureCheck): SignatureVerdict;
  /** A v2 event body (`schema`, `header`, `event`) as Feishu would build it for this app. */
  eventEnvelope(appKey: string, eventType: string, event: unknown): FeishuEventEnvelope;
  /** POSTs `payload` encrypted and signed to the app's webhook; url_verification goes unsigned, as on Feishu. */
  pushCallback(appKey: string, payload: unknown, callbackUrl: string): Promise<FeishuPushResult>;
}

export async function startFeishuEmulator(options: FeishuEmulatorOptions = {}): Promise<FeishuEmulator> {
  const state = new FeishuState(options.tokenErrorStatus ?? 200);
  const platformRouter = new Router();
  authRoutes(platformRouter, state);
  contactRoutes(platformRouter, state);
  imRoutes(platformRouter, state);

  const appOf = (appId: string) => {
    const app = state.apps.get(appId);
    if (!app) throw new ControlError(404, `no Feishu app ${appId}`);
    return app;
  };
  const userOf = (appId: string, openId: string) => {
    const user = appOf(appId).users.get(openId);
    if (!user) throw new ControlError(404, `no Feishu user ${openId} in app ${appId}`);
    return user;
  };

  const controls: Omit<FeishuEmulator, 'baseUrl' | 'close'> = {
    addApp: (seed) => void state.addApp(seed),
    apps: () =>
      [...state.apps.values()].map((app) => ({
        appId: app.appId,
        tenantKey: app.tenantKey,
        users: [...app.users.values()].map(({ openId, unionId, userId, name, departmentIds }) => ({
          openId,
          unionId,
          userId,
          name,
          departmentIds,
        })),
      })),
    mintAuthCode: ({ appId, openId, kind = 'requestAccess', scope = '', redirectUri }) => {
      userOf(appId, openId);
      return state.codes.mint(
        { appId, openId, kind, scope, redirectUri: redirectUri ?? null },
        authCodeTtlMs[kind],
      );
    },
    setCurrentUser: ({ appId, openId }) => {
      userOf(appId, openId);
      state.currentUser.set(appId, openId);
    },
    setTokenErrorStatus: (status) => {
      state.tokenErrorStatus = status;
    },
    currentTicket: (appKey) => state.tickets.currentFor(appOf(appKey).appId)?.value ?? null,
    verifyJsapiSignature: (input) => {
      const ticket = state.tickets.currentFor(appOf(input.appKey).appId);
      if (!ticket) return { ok: false, algorithm: null, reason: 'the app holds no live jsapi ticket' };
      return checkJsapiSignature({ ...input, ticket: ticket.value }, ['sha1']);
    },
    eventEnvelope: (appKey, eventType, event) =>
      eventEnvelope(appOf(appKey), eventType, event, state.clock.now()),
    pushCallback: (appKey, payload, callbackUrl) =>
      pushFeishuEvent(appOf(appKey), payload, callbackUrl, state.clock.now()),
    sentMessages: (filter) => state.outbox.find(filter),
    counters: () => state.counters.all(),
    failNext: (fault) => state.faults.arm(checkThrottleCode(fault, feishuThrottles, feishuRefusals)),
    invalidateTokens: () => {
      state.tenantTokens.revokeAll();
      state.appTokens.revokeAll();
      state.userTokens.clear();
    },
    advanceClock: (ms) => state.clock.advance(ms),
    now: () => state.clock.now(),
    reset: () => state.reset(),
  };

  const renderFault = (ctx: Context, kind: Exclude<FaultKind, 'network'>, code?: number): void => {
    if (kind === 'token_invalid') tokenRejected(ctx, state);
    else if (kind === 'throttled')
      throttled(ctx, code ?? (ctx.path.startsWith('/open-apis/im/') ? 230020 : 99991400));
    else if (kind === 'rate_limited') rateLimited(ctx);
    else if (kind === 'refused' && code !== undefined)
      feishuError(ctx, 400, code, feishuRefusals[code] ?? 'refused');
    else feishuError(ctx, 500, 1, 'internal error');
  };

  const emulator: FeishuEmulator = { baseUrl: '', close: async () => {}, ...controls };
  const app = buildEmulatorApp({
    faults: state.faults,
    renderFault,
    renderBadRequest: (ctx) => feishuError(ctx, 400, 9499, 'Bad Request'),
    renderUnknownPath: (ctx) => {
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = '404 page not found';
    },
    routers: [commonControlRoutes(emulator), feishuControlRoutes(emulator), platformRouter],
  });
  const server = await listen(app, options);
  emulator.baseUrl = server.baseUrl;
  emulator.close = server.close;
  return emulator;
}
