/** oapi.dingtalk.com: app token, JS-API ticket, 免登 code exchange and user details. */
import type { Router } from '@koa/router';
import { MINUTE } from '../core/clock';
import { randomHex } from '../core/ids';
import { bodyObject, queryParam, stringField } from '../core/params';
import { oapiCaller, oapiError, oapiOk } from './http';
import { type DingTalkApp, type DingTalkState, type DingTalkUser, TICKET_SECONDS } from './state';

export const AUTH_CODE_TTL_MS = 5 * MINUTE;
const TOKEN_SECONDS = 7200;

export function oapiRoutes(router: Router, state: DingTalkState): void {
  router.get('/gettoken', (ctx) => {
    const appKey = queryParam(ctx, 'appkey');
    const appSecret = queryParam(ctx, 'appsecret');
    if (!appKey || !appSecret) return oapiError(ctx, 40035, '缺少参数 corpid or appkey');
    const app = state.appByKey(appKey);
    if (!app || app.clientSecret !== appSecret) return oapiError(ctx, 40096, '不合法的appKey或appSecret');
    const token = state.tokens.issue(app.clientId);
    state.counters.bump(app.clientId, 'tokenFetches');
    oapiOk(ctx, { access_token: token.value, expires_in: TOKEN_SECONDS });
  });

  router.get('/get_jsapi_ticket', (ctx) => {
    const app = oapiCaller(ctx, state);
    if (!app) return;
    const ticket = state.tickets.issue(app.clientId);
    state.counters.bump(app.clientId, 'ticketFetches');
    oapiOk(ctx, { ticket: ticket.value, expires_in: TICKET_SECONDS });
  });

  router.post('/topapi/v2/user/getuserinfo', (ctx) => {
    const app = oapiCaller(ctx, state);
    if (!app) return;
    const code = stringField(bodyObject(ctx), 'code');
    if (!code) return oapiError(ctx, 40035, '缺少参数 code');
    const user = redeem(state, app, code);
    if (!user) return oapiError(ctx, 40078, '不存在的临时授权码');
    oapiOk(ctx, {
      result: {
        userid: user.userId,
        device_id: randomHex(12),
        sys: user.isAdmin || user.isBoss,
        sys_level: user.isAdmin ? 1 : user.isBoss ? 100 : 0,
        associated_unionid: '',
        unionid: user.unionId,
        name: user.name,
      },
    });
  });

  router.get('/user/getuserinfo', (ctx) => {
    const app = oapiCaller(ctx, state);
    if (!app) return;
    const code = queryParam(ctx, 'code');
    if (!code) return oapiError(ctx, 40035, '缺少参数 code');
    const user = redeem(state, app, code);
    if (!user) return oapiError(ctx, 40078, '不存在的临时授权码');
    oapiOk(ctx, {
      userid: user.userId,
      deviceId: randomHex(12),
      is_sys: user.isAdmin || user.isBoss,
      sys_level: user.isAdmin ? 1 : user.isBoss ? 100 : 0,
    });
  });

  router.post('/topapi/v2/user/get', (ctx) => {
    const app = oapiCaller(ctx, state);
    if (!app) return;
    const userId = stringField(bodyObject(ctx), 'userid');
    if (!userId) return oapiError(ctx, 40035, '缺少参数 userid');
    const user = state.userOf(app, userId);
    if (!user) return oapiError(ctx, 33012, '无效的USERID');
    oapiOk(ctx, { result: presentUser(user) });
  });
}

function redeem(state: DingTalkState, app: DingTalkApp, code: string): DingTalkUser | null {
  state.counters.bump(app.clientId, 'codeExchanges');
  const subject = state.codes.redeem(code, (owner) => owner.corpId === app.corpId);
  return subject ? state.userOf(app, subject.userId) : null;
}

function presentUser(user: DingTalkUser): Record<string, unknown> {
  return {
    userid: user.userId,
    unionid: user.unionId,
    name: user.name,
    avatar: user.avatar ?? '',
    state_code: '86',
    manager_userid: user.managerUserId ?? '',
    mobile: user.mobile ?? '',
    hide_mobile: false,
    telephone: '',
    job_number: user.jobNumber ?? '',
    title: user.title ?? '',
    email: user.email ?? '',
    org_email: '',
    work_place: '',
    remark: '',
    dept_id_list: user.departmentIds,
    dept_order_list: user.departmentIds.map((deptId, index) => ({ dept_id: deptId, order: index })),
    extension: '',
    hired_date: 1_600_000_000_000,
    active: true,
    real_authed: true,
    senior: false,
    admin: user.isAdmin,
    boss: user.isBoss,
    leader_in_dept: user.departmentIds.map((deptId) => ({
      dept_id: deptId,
      leader: user.leaderInDepartmentIds.includes(deptId),
    })),
    role_list: user.isAdmin ? [{ id: 1, name: '主管理员', group_name: '默认' }] : [],
    exclusive_account: false,
  };
}
