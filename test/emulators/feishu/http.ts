/** Feishu's error bodies and the bearer-token checks of its endpoints. */
import type { Context } from 'koa';
import { randomHex } from '../core/ids';
import { bearerToken } from '../core/params';
import type { FeishuApp, FeishuState, UserGrant } from './state';

const logId = (): string =>
  `${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}${randomHex(10).toUpperCase()}`;

export function feishuError(ctx: Context, status: number, code: number, msg: string): void {
  ctx.status = status;
  ctx.body = { code, msg, error: { log_id: logId() } };
}

/** The v2/v3 OAuth endpoints speak RFC 6749 on top of Feishu's numeric code. */
export function oauthError(ctx: Context, code: number, error: string, description: string): void {
  ctx.status = 400;
  ctx.body = { code, error, error_description: description };
}

export function tokenRejected(ctx: Context, state: FeishuState, code = 99991663): void {
  const messages: Record<number, string> = {
    99991661: 'Missing access token for authorization. Please make a request with token attached.',
    99991663: 'Invalid access token for authorization. Please make a request with token attached.',
    99991664: 'Invalid app access token for authorization.',
    99991668: 'Invalid user access token for authorization. Please make a request with token attached.',
  };
  feishuError(ctx, state.tokenErrorStatus, code, messages[code] ?? 'Invalid access token for authorization.');
}

export function rateLimited(ctx: Context): void {
  ctx.set('x-ogw-ratelimit-limit', '5');
  ctx.set('x-ogw-ratelimit-reset', '1');
  feishuError(ctx, 429, 99991400, 'request trigger frequency limit');
}

/** The app a tenant_access_token belongs to, or null after writing 99991661/99991663. */
export function tenantCaller(ctx: Context, state: FeishuState): FeishuApp | null {
  const token = bearerToken(ctx);
  if (!token) {
    tokenRejected(ctx, state, 99991661);
    return null;
  }
  const check = state.tenantTokens.check(token);
  const app = check.status === 'valid' ? (state.apps.get(check.credential.owner) ?? null) : null;
  if (!app) tokenRejected(ctx, state);
  return app;
}

/** The v1 code exchange wants an app_access_token; custom apps' tenant tokens are tolerated (UNCONFIRMED). */
export function appTokenCaller(ctx: Context, state: FeishuState): FeishuApp | null {
  const token = bearerToken(ctx);
  if (!token) {
    tokenRejected(ctx, state, 99991661);
    return null;
  }
  const check = token.startsWith('t-') ? state.tenantTokens.check(token) : state.appTokens.check(token);
  const app = check.status === 'valid' ? (state.apps.get(check.credential.owner) ?? null) : null;
  if (!app) tokenRejected(ctx, state, 99991664);
  return app;
}

export function userCaller(ctx: Context, state: FeishuState): UserGrant | null {
  const token = bearerToken(ctx);
  const grant = token ? state.userTokens.get(token) : undefined;
  if (!grant || grant.expiresAt <= state.clock.now()) {
    tokenRejected(ctx, state, token ? 99991668 : 99991661);
    return null;
  }
  return grant;
}

/**
 * Refusals an admin fixes on the developer console (通用错误码: Feishu's faq/server-side-generic-questions/
 * questions-on-error-codes page, platforms.md §10), for `failNext({ with: 'refused' })`: 99991672 a scope the app has not been granted, 10014 a
 * wrong app secret.
 */
export const feishuRefusals: Record<number, string> = {
  99991672: 'Access denied. One of the following scopes is required: [im:message:send_as_bot].',
  10014: 'app secret invalid',
};

/**
 * Feishu's throttle answers. 99991400 is the gateway's (频控策略, open.feishu.cn/document/server-docs/
 * api-call-guide/frequency-control: HTTP 429, or 400 on older APIs, with `x-ogw-ratelimit-reset` seconds to wait);
 * 230020 is the message API's own (发送消息 error codes, open.feishu.cn/document/server-docs/im-v1/message/create:
 * HTTP 400 "This operation triggers the frequency limit", e.g. over 5 messages a second to one person).
 */
export const feishuThrottles: Record<number, string> = {
  99991400: 'request trigger frequency limit',
  230020: 'This operation triggers the frequency limit.',
};

export function throttled(ctx: Context, code: number): void {
  if (code === 230020) feishuError(ctx, 400, code, feishuThrottles[code] ?? 'frequency limit');
  else rateLimited(ctx);
}

/**
 * True (after writing the refusal) when the app holds none of `accepted`: HTTP 400, code 99991672, the message
 * naming the scopes and `error.permission_violations`, as Feishu answers (e.g. m1heng/clawdbot-feishu#149).
 */
export function scopeRefused(ctx: Context, app: FeishuApp, accepted: readonly string[]): boolean {
  if (accepted.some((scope) => app.contactScopes.includes(scope))) return false;
  const list = accepted.join(', ');
  ctx.status = 400;
  ctx.body = {
    code: 99991672,
    msg: `Access denied. One of the following scopes is required: [${list}].应用尚未开通所需的应用身份权限：[${list}]`,
    error: {
      log_id: logId(),
      permission_violations: accepted.map((scope) => ({ type: 'action_scope_required', subject: scope })),
    },
  };
  return true;
}
