/** api.dingtalk.com (/v1.0/...): the newer token and ticket endpoints with their HTTP-status error style. */
import type { Router } from '@koa/router';
import type { Context } from 'koa';
import { bodyObject, stringField } from '../core/params';
import { apiCaller, apiError, isApiHostPath, oapiError } from './http';
import { type DingTalkState, TICKET_SECONDS } from './state';

const TOKEN_SECONDS = 7200;

export function apiRoutes(router: Router, state: DingTalkState): void {
  router.post('/v1.0/oauth2/accessToken', (ctx) => {
    const body = bodyObject(ctx);
    const app = state.appByKey(stringField(body, 'appKey') ?? '');
    if (!app || app.clientSecret !== stringField(body, 'appSecret')) {
      return apiError(ctx, 400, 'invalidClientIdOrSecret', '无效的clientId或者clientSecret');
    }
    const token = state.tokens.issue(app.clientId);
    state.counters.bump(app.clientId, 'tokenFetches');
    ctx.body = { accessToken: token.value, expireIn: TOKEN_SECONDS };
  });

  router.post('/v1.0/oauth2/:corpId/token', (ctx) => {
    const body = bodyObject(ctx);
    if (!state.orgs.has(ctx.params.corpId ?? '')) return apiError(ctx, 500, 'unknownError', '未知错误');
    if (stringField(body, 'grant_type') !== 'client_credentials') {
      return apiError(ctx, 400, 'unsupported.grant.type', '不支持的grant_type');
    }
    const app = state.appByKey(stringField(body, 'client_id') ?? '');
    if (!app || app.clientSecret !== stringField(body, 'client_secret')) {
      return apiError(ctx, 400, 'invalid.client', '无效的client_id或client_secret');
    }
    if (app.corpId !== ctx.params.corpId)
      return apiError(ctx, 401, 'unauthorized.client', '应用未授权该组织');
    const token = state.tokens.issue(app.clientId);
    state.counters.bump(app.clientId, 'tokenFetches');
    ctx.body = { access_token: token.value, expires_in: TOKEN_SECONDS };
  });

  router.post('/v1.0/oauth2/jsapiTickets', (ctx) => {
    const app = apiCaller(ctx, state);
    if (!app) return;
    const ticket = state.tickets.issue(app.clientId);
    state.counters.bump(app.clientId, 'ticketFetches');
    ctx.body = { jsapiTicket: ticket.value, expireIn: TICKET_SECONDS };
  });
}

/** What DingTalk answers for paths it does not have, per host. */
export function unknownPath(ctx: Context): void {
  if (isApiHostPath(ctx.path)) {
    ctx.status = 404;
    ctx.body = { errcode: 404, errmsg: '请求的URI地址不存在' };
    return;
  }
  oapiError(ctx, 22, `Invalid method[${ctx.path.replace(/^\//, '').replaceAll('/', '.')}]`);
}
