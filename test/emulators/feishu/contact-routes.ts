/** Feishu contact lookup, the JS-SDK ticket and the browser OAuth page. */
import type { Router } from '@koa/router';
import type { Context } from 'koa';
import { queryParam } from '../core/params';
import { feishuError, tenantCaller } from './http';
import { authCodeTtlMs, type FeishuApp, type FeishuState, type FeishuUser } from './state';

const USER_ID_TYPES = ['open_id', 'union_id', 'user_id'];

export function contactRoutes(router: Router, state: FeishuState): void {
  router.get('/open-apis/contact/v3/users/:user_id', (ctx) => {
    const app = tenantCaller(ctx, state);
    if (!app) return;
    const idType = queryParam(ctx, 'user_id_type') ?? 'open_id';
    if (!USER_ID_TYPES.includes(idType)) {
      return feishuError(ctx, 400, 99992402, 'field validation failed: user_id_type');
    }
    const user = state.findUser(app, idType, ctx.params.user_id ?? '');
    if (!user) return feishuError(ctx, 400, 41050, 'no user authority error');
    ctx.body = { code: 0, msg: 'success', data: { user: presentContact(app, user) } };
  });

  const ticket = (ctx: Context) => {
    const app = tenantCaller(ctx, state);
    if (!app) return;
    const issued = state.tickets.issue(app.appId);
    state.counters.bump(app.appId, 'ticketFetches');
    ctx.body = {
      code: 0,
      msg: 'ok',
      data: { expire_in: state.tickets.remainingSeconds(issued), ticket: issued.value },
    };
  };
  router.post('/open-apis/jssdk/ticket/get', ticket);
  router.get('/open-apis/jssdk/ticket/get', ticket);

  // accounts.feishu.cn: the browser sign-in page, answered at once for the emulator's current user.
  router.get('/open-apis/authen/v1/authorize', (ctx) => {
    const app = state.apps.get(queryParam(ctx, 'client_id') ?? queryParam(ctx, 'app_id') ?? '');
    const redirectUri = queryParam(ctx, 'redirect_uri');
    if (!app || !redirectUri)
      return feishuError(ctx, 400, 20001, 'invalid client_id or missing redirect_uri');
    if (app.redirectUris.length > 0 && !app.redirectUris.includes(redirectUri)) {
      return feishuError(ctx, 400, 20029, 'redirect_uri is not registered');
    }
    const openId = queryParam(ctx, 'emu_user') ?? state.currentUser.get(app.appId);
    if (!openId || !app.users.has(openId)) {
      ctx.status = 400;
      ctx.body = 'emulator: choose who signs in with ?emu_user=<open_id> or POST /__emu/current-user';
      return;
    }
    const code = state.codes.mint(
      { appId: app.appId, openId, kind: 'oauth', scope: queryParam(ctx, 'scope') ?? '', redirectUri },
      authCodeTtlMs.oauth,
    );
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const stateParam = queryParam(ctx, 'state');
    if (stateParam !== undefined) target.searchParams.set('state', stateParam);
    ctx.redirect(target.toString());
  });
}

function presentContact(app: FeishuApp, user: FeishuUser): Record<string, unknown> {
  const avatar = user.avatar ?? '';
  return {
    union_id: user.unionId,
    user_id: user.userId,
    open_id: user.openId,
    name: user.name,
    en_name: user.enName ?? '',
    email: user.email ?? '',
    mobile: user.mobile ?? '',
    mobile_visible: true,
    avatar: { avatar_72: avatar, avatar_240: avatar, avatar_640: avatar, avatar_origin: avatar },
    status: { is_frozen: false, is_resigned: false, is_activated: true, is_exited: false, is_unjoin: false },
    department_ids: user.departmentIds,
    leader_user_id: user.leaderUserId ?? '',
    job_title: user.jobTitle ?? '',
    employee_no: user.employeeNo ?? '',
    employee_type: 1,
    is_tenant_manager: user.isTenantManager,
    orders: user.departmentIds.map((departmentId, index) => ({
      department_id: departmentId,
      user_order: 0,
      department_order: index,
      is_primary_dept: index === 0,
    })),
    tenant_key: app.tenantKey,
  };
}
