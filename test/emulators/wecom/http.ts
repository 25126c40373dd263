/** WeCom's error body (HTTP 200, errcode + errmsg with a hint) and the access-token check. */
import type { Context } from 'koa';
import { randomAlphanumeric } from '../core/ids';
import { queryParam } from '../core/params';
import type { WeComApp, WeComState } from './state';

export function weComError(ctx: Context, errcode: number, errmsg: string): void {
  const hint = `${Math.floor(Date.now() / 1000)}-${randomAlphanumeric(8)}`;
  ctx.status = 200;
  ctx.body = {
    errcode,
    errmsg: `${errmsg}, hint: [${hint}], from ip: ${ctx.ip || '127.0.0.1'}, more info at https://open.work.weixin.qq.com/devtool/query?e=${errcode}`,
  };
}

export function weComOk(ctx: Context, payload: Record<string, unknown> = {}): void {
  ctx.status = 200;
  ctx.body = { errcode: 0, errmsg: 'ok', ...payload };
}

/** 60020 when the app keeps a 企业可信IP list and the caller is not on it (the message names the IP seen). */
export function refusedIp(ctx: Context, app: WeComApp): boolean {
  const ip = (ctx.ip || '127.0.0.1').replace(/^::ffff:/, '');
  if (!app.trustedIps || app.trustedIps.includes(ip)) return false;
  ctx.status = 200;
  ctx.body = {
    errcode: 60020,
    errmsg: `not allow to access from your ip, hint: [${Math.floor(Date.now() / 1000)}-${randomAlphanumeric(8)}], from ip: ${ip}, more info at https://open.work.weixin.qq.com/devtool/query?e=60020`,
  };
  return true;
}

/** Expired tokens answer 42001; revoked or made-up ones 40014 (apps must treat both as "refresh once"). */
export function weComCaller(ctx: Context, state: WeComState): WeComApp | null {
  const token = queryParam(ctx, 'access_token');
  if (!token) {
    weComError(ctx, 41001, 'access_token missing');
    return null;
  }
  const check = state.tokens.check(token);
  if (check.status === 'expired') {
    weComError(ctx, 42001, 'access_token expired');
    return null;
  }
  const app = check.status === 'valid' ? (state.apps.get(check.credential.owner) ?? null) : null;
  if (!app) weComError(ctx, 40014, 'invalid access_token');
  if (app && refusedIp(ctx, app)) return null;
  return app;
}

/**
 * WeCom's throttle answers (全局错误码, developer.work.weixin.qq.com/document/path/90313; frequency rules in
 * 主动调用频率限制, document/path/90312): the call is refused until the window passes.
 */
/** Refusals an admin fixes on the console (全局错误码, document/path/90313), for `failNext({ with: 'refused' })`. */
export const weComRefusals: Record<number, string> = {
  60020: 'not allow to access from your ip',
  50001: 'redirect_url not authorized',
  48002: 'api forbidden',
  60011: 'no privilege to access/modify contact/party/agent',
};

export const weComThrottles: Record<number, string> = {
  45009: 'api freq out of limit',
  45033: 'api concurrent out of limit',
};
