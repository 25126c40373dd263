/** Feishu contact lookup, the JS-SDK ticket and the browser OAuth page. */
import type { Router } from '@koa/router';
import type { Context } from 'koa';
import { queryParam } from '../core/params';
import { feishuError, scopeRefused, tenantCaller } from './http';
import { authCodeTtlMs, type FeishuApp, type FeishuState, type FeishuUser } from './state';

const USER_ID_TYPES = ['open_id', 'union_id', 'user_id'];
const PAGE_SIZE_MAX = 50;

/**
 * The identity permissions each contact route accepts (any one will do), as listed on its page and in the
 * 99991672 message: https://open.feishu.cn/document/uAjLw4CM/ukTMukTMukTM/reference/contact-v3/department/children,
 * …/contact-v3/user/find_by_department, …/contact-v3/user/get.
 */
const baseScopes = [
  'contact:contact.base:readonly',
  'contact:contact:access_as_app',
  'contact:contact:readonly',
  'contact:contact:readonly_as_app',
];
const scopesFor = {
  departmentChildren: [...baseScopes, 'contact:department.organize:readonly'],
  usersByDepartment: [...baseScopes, 'contact:department.organize:readonly'],
  user: [...baseScopes, 'contact:user.base:readonly'],
};

export function contactRoutes(router: Router, state: FeishuState): void {
  router.get('/open-apis/contact/v3/users/:user_id', (ctx) => {
    const app = tenantCaller(ctx, state);
    if (!app || scopeRefused(ctx, app, scopesFor.user)) return;
    const idType = queryParam(ctx, 'user_id_type') ?? 'open_id';
    if (!USER_ID_TYPES.includes(idType)) {
      return feishuError(ctx, 400, 99992402, 'field validation failed: user_id_type');
    }
    const user = state.findUser(app, idType, ctx.params.user_id ?? '');
    if (!user) return feishuError(ctx, 400, 41050, 'no user authority error');
    ctx.body = { code: 0, msg: 'success', data: { user: presentContact(app, user) } };
  });

  // Only the root's children and members here: a department id the app does not know is outside its range (40004).
  router.get('/open-apis/contact/v3/departments/:department_id/children', (ctx) => {
    const app = tenantCaller(ctx, state);
    if (!app || scopeRefused(ctx, app, scopesFor.departmentChildren)) return;
    const parentId = ctx.params.department_id ?? '';
    if (!knowsDepartment(app, parentId)) return feishuError(ctx, 400, 40004, 'no dept authority error');
    const pageSize = Number(queryParam(ctx, 'page_size') ?? PAGE_SIZE_MAX);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PAGE_SIZE_MAX) {
      return feishuError(ctx, 400, 99992402, 'field validation failed: page_size');
    }
    const children = app.departments.filter((department) => department.parentId === parentId);
    ctx.body = {
      code: 0,
      msg: 'success',
      data: {
        has_more: false,
        items: children.slice(0, pageSize).map((department) => ({
          name: department.name,
          i18n_name: { zh_cn: department.name, en_us: '', ja_jp: '' },
          parent_department_id: department.parentId,
          department_id: department.openDepartmentId.replace(/^od-/, 'D'),
          open_department_id: department.openDepartmentId,
          status: { is_deleted: false },
        })),
      },
    };
  });

  router.get('/open-apis/contact/v3/users/find_by_department', (ctx) => {
    const app = tenantCaller(ctx, state);
    if (!app || scopeRefused(ctx, app, scopesFor.usersByDepartment)) return;
    const departmentId = queryParam(ctx, 'department_id');
    if (!departmentId) return feishuError(ctx, 400, 99992402, 'field validation failed: department_id');
    if (!knowsDepartment(app, departmentId)) return feishuError(ctx, 400, 40004, 'no dept authority error');
    const members = [...app.users.values()].filter((user) => user.departmentIds.includes(departmentId));
    ctx.body = {
      code: 0,
      msg: 'success',
      data: { has_more: false, items: members.map((user) => presentContact(app, user)) },
    };
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

function knowsDepartment(app: FeishuApp, departmentId: string): boolean {
  return departmentId === '0' || app.departments.some((d) => d.openDepartmentId === departmentId);
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
