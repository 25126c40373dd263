/**
 * Feishu app tokens and the user sign-in exchanges (v1, v1 OIDC, v2 OAuth), plus the user_info lookup. Each
 * exchange takes only the kind of code Feishu issues for it (see AuthCodeKind).
 */
import type { Router } from '@koa/router';
import type { Context } from 'koa';
import { bodyObject, stringField } from '../core/params';
import { appTokenCaller, feishuError, oauthError, userCaller } from './http';
import type { AuthCodeSubject, FeishuApp, FeishuState, FeishuUser } from './state';

const USER_TOKEN_SECONDS = 7200;
const REFRESH_SECONDS = 30 * 24 * 3600;

export function authRoutes(router: Router, state: FeishuState): void {
  const appByCredentials = (ctx: Context): FeishuApp | null => {
    const body = bodyObject(ctx);
    const appId = stringField(body, 'app_id');
    const appSecret = stringField(body, 'app_secret');
    if (!appId || !appSecret) {
      feishuError(ctx, 400, 10003, 'invalid param');
      return null;
    }
    const app = state.apps.get(appId);
    if (!app || app.appSecret !== appSecret) {
      feishuError(ctx, 400, 10014, 'app secret invalid');
      return null;
    }
    state.counters.bump(app.appId, 'tokenFetches');
    return app;
  };

  router.post('/open-apis/auth/v3/tenant_access_token/internal', (ctx) => {
    const app = appByCredentials(ctx);
    if (!app) return;
    const token = state.tenantTokens.issue(app.appId);
    ctx.body = {
      code: 0,
      msg: 'ok',
      tenant_access_token: token.value,
      expire: state.tenantTokens.remainingSeconds(token),
    };
  });

  router.post('/open-apis/auth/v3/app_access_token/internal', (ctx) => {
    const app = appByCredentials(ctx);
    if (!app) return;
    const appToken = state.appTokens.issue(app.appId);
    ctx.body = {
      code: 0,
      msg: 'ok',
      app_access_token: appToken.value,
      expire: state.appTokens.remainingSeconds(appToken),
      tenant_access_token: state.tenantTokens.issue(app.appId).value,
    };
  });

  const v1Exchange = (withProfile: boolean) => (ctx: Context) => {
    const app = appTokenCaller(ctx, state);
    if (!app) return;
    const body = bodyObject(ctx);
    if (stringField(body, 'grant_type') !== 'authorization_code' || !stringField(body, 'code')) {
      return feishuError(ctx, 400, 20001, 'invalid grant_type or missing code');
    }
    state.counters.bump(app.appId, 'codeExchanges');
    const subject = state.codes.redeem(
      stringField(body, 'code') ?? '',
      (owner) => owner.appId === app.appId && owner.kind === 'requestAuthCode',
    );
    const user = subject ? app.users.get(subject.openId) : undefined;
    if (!subject || !user)
      return feishuError(ctx, 400, 20007, 'Failed to generate access token: code is invalid or expired');
    const { accessToken, refreshToken } = state.grantUserToken(subject);
    const tokens = {
      access_token: accessToken,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      expires_in: USER_TOKEN_SECONDS,
      refresh_expires_in: REFRESH_SECONDS,
      scope: subject.scope,
    };
    ctx.body = {
      code: 0,
      msg: 'success',
      data: withProfile ? { ...tokens, ...presentProfile(app, user), sid: accessToken.slice(2, 18) } : tokens,
    };
  };
  router.post('/open-apis/authen/v1/access_token', v1Exchange(true));
  router.post('/open-apis/authen/v1/oidc/access_token', v1Exchange(false));

  router.post('/open-apis/authen/v2/oauth/token', (ctx) => {
    const body = bodyObject(ctx);
    const grantType = stringField(body, 'grant_type');
    const app = state.apps.get(stringField(body, 'client_id') ?? '');
    if (!app || app.appSecret !== stringField(body, 'client_secret')) {
      return oauthError(ctx, 20002, 'invalid_client', 'The client_id or client_secret is invalid.');
    }
    if (grantType === 'authorization_code') {
      state.counters.bump(app.appId, 'codeExchanges');
      const redirectUri = stringField(body, 'redirect_uri') ?? null;
      const subject = state.codes.redeem(
        stringField(body, 'code') ?? '',
        (owner) => owner.appId === app.appId && owner.kind !== 'requestAuthCode',
      );
      if (!subject || (subject.redirectUri !== null && subject.redirectUri !== redirectUri)) {
        return oauthError(ctx, 20003, 'invalid_grant', 'The authorization code is invalid, expired or used.');
      }
      return issueV2(ctx, state, subject);
    }
    if (grantType === 'refresh_token') {
      const presented = stringField(body, 'refresh_token') ?? '';
      const grant = state.refreshTokens.get(presented);
      // Refresh tokens rotate: the presented one dies whatever happens next.
      state.refreshTokens.delete(presented);
      if (!grant || grant.appId !== app.appId || grant.expiresAt <= state.clock.now()) {
        return oauthError(ctx, 20003, 'invalid_grant', 'The refresh token is invalid, expired or used.');
      }
      return issueV2(ctx, state, { ...grant, kind: 'oauth', redirectUri: null });
    }
    oauthError(ctx, 20001, 'unsupported_grant_type', `grant_type ${String(grantType)} is not supported`);
  });

  router.get('/open-apis/authen/v1/user_info', (ctx) => {
    const grant = userCaller(ctx, state);
    if (!grant) return;
    const app = state.apps.get(grant.appId);
    const user = app?.users.get(grant.openId);
    if (!app || !user) return feishuError(ctx, 400, 99991668, 'user no longer exists');
    ctx.body = { code: 0, msg: 'success', data: presentProfile(app, user) };
  });
}

function issueV2(ctx: Context, state: FeishuState, subject: AuthCodeSubject): void {
  const { accessToken, refreshToken } = state.grantUserToken(subject);
  const offline = subject.scope.split(/\s+/).includes('offline_access');
  ctx.body = {
    code: 0,
    access_token: accessToken,
    expires_in: USER_TOKEN_SECONDS,
    ...(offline ? { refresh_token: refreshToken, refresh_token_expires_in: REFRESH_SECONDS } : {}),
    scope: subject.scope,
    token_type: 'Bearer',
  };
  if (!offline) state.refreshTokens.delete(refreshToken);
}

export function presentProfile(app: FeishuApp, user: FeishuUser): Record<string, unknown> {
  const avatar = user.avatar ?? '';
  return {
    name: user.name,
    en_name: user.enName ?? '',
    avatar_url: avatar,
    avatar_thumb: avatar,
    avatar_middle: avatar,
    avatar_big: avatar,
    open_id: user.openId,
    union_id: user.unionId,
    email: user.email ?? '',
    enterprise_email: '',
    user_id: user.userId,
    mobile: user.mobile ?? '',
    tenant_key: app.tenantKey,
    employee_no: user.employeeNo ?? '',
  };
}
