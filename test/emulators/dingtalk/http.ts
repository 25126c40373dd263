/** DingTalk's two error styles and the access-token check of each host. */
import { randomUUID } from 'node:crypto';
import type { Context } from 'koa';
import { randomLowerAlphanumeric } from '../core/ids';
import { queryParam } from '../core/params';
import type { DingTalkApp, DingTalkState } from './state';

const requestId = (): string => randomLowerAlphanumeric(13);

/** oapi.dingtalk.com: always HTTP 200, the outcome is in `errcode`. */
export function oapiError(
  ctx: Context,
  errcode: number,
  errmsg: string,
  extra: Record<string, unknown> = {},
) {
  ctx.status = 200;
  ctx.body = { errcode, errmsg, ...extra, request_id: requestId() };
}

export function oapiOk(ctx: Context, payload: Record<string, unknown>) {
  ctx.status = 200;
  ctx.body = { errcode: 0, errmsg: 'ok', ...payload, request_id: requestId() };
}

export function oapiTokenRejected(ctx: Context, subCode: '40014' | '40000') {
  const subMsg = subCode === '40014' ? '不合法的access_token' : 'access_token is blank';
  oapiError(ctx, 88, `ding talk error[subcode=${subCode},submsg=${subMsg}]`, {
    sub_code: subCode,
    sub_msg: subMsg,
  });
}

/** api.dingtalk.com: HTTP 4xx/5xx with `{requestid, code, message}`. */
export function apiError(ctx: Context, status: number, code: string, message: string) {
  ctx.status = status;
  ctx.body = { requestid: randomUUID().toUpperCase(), code, message };
}

/** The calling app for an oapi request, or null after writing DingTalk's refusal. */
export function oapiCaller(ctx: Context, state: DingTalkState): DingTalkApp | null {
  const token = queryParam(ctx, 'access_token');
  if (!token) {
    const sentElsewhere = ctx.get('x-acs-dingtalk-access-token') || ctx.get('authorization');
    oapiTokenRejected(ctx, sentElsewhere ? '40000' : '40014');
    return null;
  }
  const check = state.tokens.check(token);
  const app = check.status === 'valid' ? state.appByKey(check.credential.owner) : null;
  if (!app) oapiTokenRejected(ctx, '40014');
  return app;
}

/** The calling app for an api.dingtalk.com request, or null after writing the 400. */
export function apiCaller(ctx: Context, state: DingTalkState): DingTalkApp | null {
  const token = ctx.get('x-acs-dingtalk-access-token');
  if (!token) {
    apiError(ctx, 400, 'AuthenticationFailed.MissingParameter', '缺少参数：x-acs-dingtalk-access-token');
    return null;
  }
  const check = state.tokens.check(token);
  const app = check.status === 'valid' ? state.appByKey(check.credential.owner) : null;
  if (!app) apiError(ctx, 400, 'InvalidAuthentication', '不合法的access_token');
  return app;
}

export const isApiHostPath = (path: string): boolean =>
  /^\/v\d+\.\d+\//.test(path) || path.startsWith('/oauth2/');

/**
 * Refusals an admin fixes on the developer console (服务端错误码, platforms.md §2.2), for
 * `failNext({ with: 'refused' })`: 60020 the server's egress IP is not in 服务器出口IP, 60011 no permission for the
 * API (on api.dingtalk.com: 403 Forbidden.AccessDenied.AccessTokenPermissionDenied).
 */
export const dingTalkRefusals: Record<number, string> = {
  60020: '访问ip不在白名单之中',
  60011: '没有调用该接口的权限',
};

/**
 * The temporary bans and limits of DingTalk's global error codes (服务端错误码, open.dingtalk.com/document/orgapp/
 * server-api-error-codes-1; mirrored at mabiji.com/dingtalk/errcode.html): the call is refused for a while, then
 * works again. 90001–90006 are bans on the server, the API, the corp or the CorpId+secret; 90018 a QPS limit.
 */
export const dingTalkThrottles: Record<number, string> = {
  90001: '您的服务器调用钉钉开放平台所有接口的请求都被暂时禁用了',
  90002: '您的服务器调用钉钉开放平台当前接口的所有请求都被暂时禁用了',
  90003: '您的企业调用钉钉开放平台所有接口的请求都被暂时禁用了,仅对企业自己的Accesstoken有效',
  90004: '您当前使用的CorpId及CorpSecret被暂时禁用了,仅对企业自己的Accesstoken有效',
  90005: '您的企业调用当前接口次数过多,请求被暂时禁用了,仅对企业自己的Accesstoken有效',
  90006: '您当前使用的CorpId及CorpSecret调用当前接口次数过多,请求被暂时禁用了,仅对企业自己的Accesstoken有效',
  90018: '当前应用调用该接口超过QPS限制，请稍后重试',
};
