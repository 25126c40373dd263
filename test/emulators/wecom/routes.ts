/** qyapi.weixin.qq.com basics (token, tickets, code → userid, user details) and the open.weixin.qq.com page. */
import type { Router } from '@koa/router';
import { MINUTE } from '../core/clock';
import { randomAlphanumeric } from '../core/ids';
import { queryParam } from '../core/params';
import { refusedIp, weComCaller, weComError, weComOk } from './http';
import { type AuthCodeSubject, appKeyOf, type WeComApp, type WeComState, type WeComUser } from './state';

export const AUTH_CODE_TTL_MS = 5 * MINUTE;
const USER_TICKET_SECONDS = 1800;

export function weComRoutes(router: Router, state: WeComState): void {
  router.get('/cgi-bin/gettoken', (ctx) => {
    const corpId = queryParam(ctx, 'corpid');
    const secret = queryParam(ctx, 'corpsecret');
    if (!corpId) return weComError(ctx, 41002, 'corpid missing');
    if (!secret) return weComError(ctx, 41004, 'corpsecret missing');
    if (!state.orgs.has(corpId)) return weComError(ctx, 40013, 'invalid corpid');
    const app = [...state.apps.values()].find(
      (candidate) => candidate.corpId === corpId && candidate.secret === secret,
    );
    if (!app) return weComError(ctx, 40091, 'secret is invalid');
    if (refusedIp(ctx, app)) return;
    const token = state.tokens.issue(app.appKey);
    state.counters.bump(app.appKey, 'tokenFetches');
    weComOk(ctx, { access_token: token.value, expires_in: state.tokens.remainingSeconds(token) });
  });

  router.get('/cgi-bin/get_jsapi_ticket', (ctx) => {
    const app = weComCaller(ctx, state);
    if (!app) return;
    if (
      !state.corpTicketQuota.admit(app.corpId) ||
      !state.appTicketQuota.admit(`corp-ticket|${app.appKey}`)
    ) {
      return weComError(ctx, 45009, 'api freq out of limit');
    }
    const ticket = state.corpTickets.issue(app.corpId);
    state.counters.bump(app.appKey, 'ticketFetches');
    weComOk(ctx, { ticket: ticket.value, expires_in: state.corpTickets.remainingSeconds(ticket) });
  });

  router.get('/cgi-bin/ticket/get', (ctx) => {
    const app = weComCaller(ctx, state);
    if (!app) return;
    if (queryParam(ctx, 'type') !== 'agent_config') return weComError(ctx, 40058, 'invalid parameter: type');
    if (!state.appTicketQuota.admit(`agent-ticket|${app.appKey}`))
      return weComError(ctx, 45009, 'api freq out of limit');
    const ticket = state.agentTickets.issue(app.appKey);
    state.counters.bump(app.appKey, 'ticketFetches');
    weComOk(ctx, { ticket: ticket.value, expires_in: state.agentTickets.remainingSeconds(ticket) });
  });

  router.get('/cgi-bin/auth/getuserinfo', (ctx) => {
    const app = weComCaller(ctx, state);
    if (!app) return;
    const code = queryParam(ctx, 'code');
    if (!code) return weComError(ctx, 41008, 'missing code');
    state.counters.bump(app.appKey, 'codeExchanges');
    const subject = state.codes.redeem(code, (owner) => owner.corpId === app.corpId);
    const user = subject ? state.userOf(subject.corpId, subject.userId) : null;
    if (!subject || !user) return weComError(ctx, 40029, 'invalid code');
    if (subject.scope !== 'snsapi_privateinfo') return weComOk(ctx, { userid: user.userId });
    const userTicket = randomAlphanumeric(64);
    state.userTickets.set(userTicket, {
      corpId: app.corpId,
      userId: user.userId,
      expiresAt: state.clock.now() + USER_TICKET_SECONDS * 1000,
    });
    weComOk(ctx, { userid: user.userId, user_ticket: userTicket, expires_in: USER_TICKET_SECONDS });
  });

  router.get('/cgi-bin/user/get', (ctx) => {
    const app = weComCaller(ctx, state);
    if (!app) return;
    const userId = queryParam(ctx, 'userid');
    if (!userId) return weComError(ctx, 41009, 'missing userid');
    const user = state.userOf(app.corpId, userId);
    if (!user) return weComError(ctx, 60111, 'userid not found');
    weComOk(ctx, presentUser(app, user));
  });

  router.get('/cgi-bin/getcallbackip', (ctx) => {
    if (!weComCaller(ctx, state)) return;
    weComOk(ctx, { ip_list: ['127.0.0.1'] });
  });

  // open.weixin.qq.com: inside WeCom this page answers at once with a 302 carrying a fresh code.
  router.get('/connect/oauth2/authorize', (ctx) => {
    const corpId = queryParam(ctx, 'appid') ?? '';
    const redirectUri = queryParam(ctx, 'redirect_uri');
    const scope = queryParam(ctx, 'scope') ?? 'snsapi_base';
    const agentId = queryParam(ctx, 'agentid');
    const fail = (text: string) => {
      ctx.status = 400;
      ctx.type = 'text/plain';
      ctx.body = text;
    };
    if (!state.orgs.has(corpId)) return fail('errcode: 40013, invalid corpid (appid)');
    if (!redirectUri || queryParam(ctx, 'response_type') !== 'code')
      return fail('errcode: 40058, invalid parameter');
    if (scope !== 'snsapi_base' && scope !== 'snsapi_privateinfo')
      return fail('errcode: 40058, invalid scope');
    const app = agentId ? state.apps.get(appKeyOf(corpId, agentId)) : undefined;
    const trusted = (
      app ? [app] : [...state.apps.values()].filter((candidate) => candidate.corpId === corpId)
    )
      .map((candidate) => candidate.trustedDomain)
      .filter((domain): domain is string => domain !== undefined);
    const target = new URL(redirectUri);
    if (trusted.length > 0 && !trusted.some((domain) => [target.host, target.hostname].includes(domain))) {
      return fail('errcode: 50001, redirect_uri 与可信域名不一致 (redirect uri not authorized)');
    }
    const userId = queryParam(ctx, 'emu_user') ?? state.currentUser.get(corpId);
    if (!userId || !state.userOf(corpId, userId)) {
      return fail('emulator: choose who signs in with ?emu_user=<userid> or POST /__emu/current-user');
    }
    // Without agentid, snsapi_privateinfo silently downgrades to snsapi_base.
    const effectiveScope: AuthCodeSubject['scope'] =
      scope === 'snsapi_privateinfo' && app ? scope : 'snsapi_base';
    const code = state.codes.mint({ corpId, userId, scope: effectiveScope }, AUTH_CODE_TTL_MS);
    target.searchParams.set('code', code);
    target.searchParams.set('state', queryParam(ctx, 'state') ?? '');
    ctx.redirect(target.toString());
  });
}

function presentUser(app: WeComApp, user: WeComUser): Record<string, unknown> {
  const sensitive = app.exposesSensitiveFields
    ? {
        mobile: user.mobile ?? '',
        gender: user.gender,
        email: user.email ?? '',
        biz_mail: user.email ?? '',
        avatar: user.avatar ?? '',
        thumb_avatar: user.avatar ?? '',
        qr_code: `https://open.work.weixin.qq.com/wwopen/userQRCode?vcode=${user.userId}`,
        address: '',
      }
    : {};
  return {
    userid: user.userId,
    name: user.name,
    department: user.departmentIds,
    order: user.departmentIds.map(() => 0),
    position: user.position,
    ...sensitive,
    is_leader_in_dept: user.departmentIds.map((deptId) =>
      user.leaderInDepartmentIds.includes(deptId) ? 1 : 0,
    ),
    direct_leader: user.directLeader,
    telephone: '',
    alias: '',
    status: 1,
    extattr: { attrs: [] },
    main_department: user.departmentIds[0] ?? 1,
    open_userid: `wo${user.userId}`,
  };
}
