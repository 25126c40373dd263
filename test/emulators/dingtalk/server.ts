/** Starts the DingTalk emulator: one server answering for both oapi.dingtalk.com and api.dingtalk.com. */
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { buildEmulatorApp } from '../core/app';
import { type CommonControls, ControlError, checkThrottleCode, commonControlRoutes } from '../core/control';
import type { FaultKind } from '../core/faults';
import { type ListenOptions, listen } from '../core/http-server';
import { checkJsapiSignature, type SignatureVerdict } from '../core/jsapi-signature';
import { apiRoutes, unknownPath } from './api-routes';
import { contactRoutes } from './contact-routes';
import { dingTalkControlRoutes } from './control-routes';
import {
  apiError,
  dingTalkRefusals,
  dingTalkThrottles,
  isApiHostPath,
  oapiError,
  oapiTokenRejected,
} from './http';
import { messageRoutes } from './message-routes';
import { AUTH_CODE_TTL_MS, oapiRoutes } from './oapi-routes';
import { type DingTalkPushResult, pushDingTalkEvent } from './push';
import { type DingTalkOrgSeed, DingTalkState } from './state';
import { type StreamEventInput, StreamGateway, type StreamPushResult } from './stream';

export interface DingTalkOrgSummary {
  corpId: string;
  corpName: string;
  apps: { clientId: string; agentId: string }[];
  users: { userId: string; name: string; departmentIds: number[] }[];
}

/** Exactly what the page passed to dd.config, plus the URL it was signed for. */
export interface DingTalkSignatureCheck {
  corpId: string;
  agentId: string | number;
  url: string;
  nonceStr: string;
  timeStamp: string | number;
  signature: string;
}

export interface DingTalkEmulator extends CommonControls {
  baseUrl: string;
  close(): Promise<void>;
  /** Registers a corp, one app of it (clientId …) and its people; calling again for the same corp adds to it. */
  addOrg(seed: DingTalkOrgSeed): void;
  orgs(): DingTalkOrgSummary[];
  /** What `dd.requestAuthCode({corpId, clientId})` would hand the page: single use, 5 minutes. */
  mintAuthCode(input: { corpId: string; userId: string }): string;
  /** The app's live JS-API ticket, if it has fetched one. */
  currentTicket(appKey: string): string | null;
  /** Ends the app's live ticket, as its 24 h cap does (or a re-creation elsewhere): the next fetch gets a new one. */
  expireTicket(appKey: string): void;
  /** Checks a dd.config signature against the live ticket; accepts SHA-1 and SHA-256 and says which matched. */
  verifyJsapiSignature(input: DingTalkSignatureCheck): SignatureVerdict;
  /** POSTs an encrypted event to the app's callback URL and checks the encrypted "success" it answers. */
  pushCallback(appKey: string, event: unknown, callbackUrl: string): Promise<DingTalkPushResult>;
  /** The person opens a work notification: getsendresult lists them as read from now on. */
  markRead(input: { taskId: string; userId: string }): void;
  /** The person leaves the organisation: sends to them succeed and land in invalid_user_id_list. */
  removeUser(input: { corpId: string; userId: string }): void;
  /** Stream mode: sends an EVENT frame to one of the app's open sockets and waits for its ack. */
  pushStreamEvent(appKey: string, input: StreamEventInput): Promise<StreamPushResult>;
  /** Stream mode: how many sockets the app holds open. */
  streamConnections(appKey: string): number;
}

function renderFault(ctx: Context, kind: Exclude<FaultKind, 'network'>, code = 90005): void {
  const apiHost = isApiHostPath(ctx.path);
  if (kind === 'token_invalid') {
    if (apiHost) apiError(ctx, 400, 'InvalidAuthentication', '不合法的access_token');
    else oapiTokenRejected(ctx, '40014');
  } else if (kind === 'refused') {
    // api.dingtalk.com answers 403 with a code of its own: a missing permission (platforms.md §2.2), or an egress IP
    // outside 服务器出口IP, naming the IP it saw (reported by integrators; not in our reference).
    if (apiHost && code === 60020) {
      const ip = (ctx.ip || '127.0.0.1').replace(/^::ffff:/, '');
      apiError(ctx, 403, 'Forbidden.AccessDenied.IpNotInWhiteList', `ip白名单校验失败, request ip=${ip}`);
    } else if (apiHost) {
      apiError(
        ctx,
        403,
        'Forbidden.AccessDenied.AccessTokenPermissionDenied',
        dingTalkRefusals[code] ?? '没有权限',
      );
    } else oapiError(ctx, code, dingTalkRefusals[code] ?? '没有权限');
  } else if (kind === 'throttled' && !apiHost) {
    oapiError(ctx, code, dingTalkThrottles[code] ?? '请求被暂时禁用');
  } else if (kind === 'rate_limited' || kind === 'throttled') {
    // api.dingtalk.com has no errcode: every limit there is this 403.
    if (apiHost)
      apiError(ctx, 403, 'Forbidden.AccessDenied.QpsLimitForAppkeyAndApi', '应用调用该接口超过QPS限制');
    else oapiError(ctx, 90018, '当前应用调用该接口超过QPS限制，请稍后重试');
  } else if (apiHost) apiError(ctx, 500, 'unknownError', '系统繁忙');
  else oapiError(ctx, -1, '系统繁忙');
}

export async function startDingTalkEmulator(options: ListenOptions = {}): Promise<DingTalkEmulator> {
  const state = new DingTalkState();
  const platformRouter = new Router();
  oapiRoutes(platformRouter, state);
  messageRoutes(platformRouter, state);
  apiRoutes(platformRouter, state);
  contactRoutes(platformRouter, state);
  const streams = new StreamGateway(state);
  streams.routes(platformRouter);

  const appOf = (appKey: string) => {
    const app = state.appByKey(appKey);
    if (!app) throw new ControlError(404, `no DingTalk app with clientId ${appKey}`);
    return app;
  };

  const controls: Omit<DingTalkEmulator, 'baseUrl' | 'close'> = {
    addOrg: (seed) => void state.addOrg(seed),
    orgs: () =>
      [...state.orgs.values()].map((org) => ({
        corpId: org.corpId,
        corpName: org.corpName,
        apps: [...state.apps.values()]
          .filter((app) => app.corpId === org.corpId)
          .map(({ clientId, agentId }) => ({ clientId, agentId })),
        users: [...org.users.values()].map(({ userId, name, departmentIds }) => ({
          userId,
          name,
          departmentIds,
        })),
      })),
    mintAuthCode: ({ corpId, userId }) => {
      if (!state.orgs.get(corpId)?.users.has(userId)) {
        throw new ControlError(404, `no DingTalk user ${userId} in corp ${corpId}`);
      }
      return state.codes.mint({ corpId, userId }, AUTH_CODE_TTL_MS);
    },
    currentTicket: (appKey) => state.tickets.currentFor(appOf(appKey).clientId)?.value ?? null,
    expireTicket: (appKey) => state.tickets.revoke(appOf(appKey).clientId),
    verifyJsapiSignature: (input) => {
      const app = [...state.apps.values()].find(
        (candidate) => candidate.corpId === input.corpId && candidate.agentId === String(input.agentId),
      );
      if (!app)
        return { ok: false, algorithm: null, reason: '无效的agent_id: no app with this corpId and agentId' };
      const ticket = state.tickets.currentFor(app.clientId);
      if (!ticket)
        return { ok: false, algorithm: null, reason: 'jsapi ticket读取失败: the app holds no live ticket' };
      return checkJsapiSignature({ ...input, ticket: ticket.value, timestamp: input.timeStamp }, [
        'sha1',
        'sha256',
      ]);
    },
    pushCallback: (appKey, event, callbackUrl) =>
      pushDingTalkEvent(appOf(appKey), event, callbackUrl, state.clock.now()),
    markRead: ({ taskId, userId }) => {
      const task = state.tasks.get(taskId);
      if (!task?.deliveredUserIds.includes(userId)) {
        throw new ControlError(404, `task ${taskId} delivered nothing to ${userId}`);
      }
      task.readUserIds.add(userId);
    },
    removeUser: ({ corpId, userId }) => {
      if (!state.orgs.get(corpId)?.users.delete(userId)) {
        throw new ControlError(404, `no DingTalk user ${userId} in corp ${corpId}`);
      }
    },
    pushStreamEvent: (appKey, input) => streams.push(appOf(appKey), input),
    streamConnections: (appKey) => streams.connectionCount(appOf(appKey).clientId),
    sentMessages: (filter) => state.outbox.find(filter),
    counters: () => state.counters.all(),
    failNext: (fault) => state.faults.arm(checkThrottleCode(fault, dingTalkThrottles, dingTalkRefusals)),
    invalidateTokens: () => state.tokens.revokeAll(),
    advanceClock: (ms) => state.clock.advance(ms),
    now: () => state.clock.now(),
    reset: () => state.reset(),
  };

  const emulator: DingTalkEmulator = { baseUrl: '', close: async () => {}, ...controls };
  const app = buildEmulatorApp({
    faults: state.faults,
    renderFault,
    renderBadRequest: (ctx, message) =>
      isApiHostPath(ctx.path)
        ? apiError(ctx, 400, 'InvalidParameter', message)
        : oapiError(ctx, 40035, `不合法的参数: ${message}`),
    renderUnknownPath: unknownPath,
    routers: [commonControlRoutes(emulator), dingTalkControlRoutes(emulator), platformRouter],
  });
  const server = await listen(app, options);
  streams.attach(server.server);
  emulator.baseUrl = server.baseUrl;
  emulator.close = async () => {
    streams.close();
    await server.close();
  };
  return emulator;
}
