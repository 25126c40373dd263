/**
 * 获取指定的应用详情 (cgi-bin/agent/get, developer.work.weixin.qq.com/document/path/90227): a self-built app may read
 * only itself. `redirect_domain` is the 可信域名 the OAuth page enforces (50001); an emulated app without one
 * enforces none and leaves the field out.
 */
import type { Router } from '@koa/router';
import { queryParam } from '../core/params';
import { weComCaller, weComError, weComOk } from './http';
import type { WeComState } from './state';

export function weComAgentRoutes(router: Router, state: WeComState): void {
  router.get('/cgi-bin/agent/get', (ctx) => {
    const app = weComCaller(ctx, state);
    if (!app) return;
    const agentId = queryParam(ctx, 'agentid');
    if (!agentId) return weComError(ctx, 41011, 'missing agentid');
    if (agentId !== app.agentId) return weComError(ctx, 301002, 'not allow to operate another agent');
    weComOk(ctx, {
      agentid: Number(app.agentId),
      name: 'Fieldloop',
      square_logo_url: '',
      description: '',
      allow_userinfos: { user: [] },
      allow_partys: { partyid: app.visibleDepartmentIds },
      allow_tags: { tagid: [] },
      close: 0,
      ...(app.trustedDomain === undefined ? {} : { redirect_domain: app.trustedDomain }),
      report_location_flag: 0,
      isreportenter: 0,
      home_url: '',
      customized_publish_status: 1,
    });
  });
}
