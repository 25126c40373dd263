/**
 * A failed "test connection" in the admin's terms: the platform's code becomes one stable problem whose reason and
 * fix the connections screen shows in the admin's language (shared/i18n, ui.connections.problems), never a bare code.
 * - WeCom (全局错误码, developer.work.weixin.qq.com/document/path/90313): 60020 the calling IP is not in the app's
 *   企业可信IP (apps created after 2022-06-20 may only call from listed IPs; the message names the IP WeCom saw);
 *   50001 redirect_uri not under the app's 可信域名 (shown by the OAuth page inside the client; the test reads the
 *   domain through agent/get and reports the same code); 40013 invalid corpid, 40001/40091 invalid secret; 48002 API not
 *   allowed for this app, 60011 outside the app's visible range (通讯录权限).
 * - DingTalk (服务端错误码, platforms.md §2.2): 60020 访问ip不在白名单之中 (服务器出口IP) on oapi, 403
 *   Forbidden.AccessDenied.IpNotInWhiteList "request ip=…" on api.dingtalk.com (integrators' reports); 40096 / 400
 *   invalidClientIdOrSecret bad credentials; 403 Forbidden.AccessDenied.AccessTokenPermissionDenied a missing API
 *   permission (AccessDeniedDetail.requiredScopes), 60011 no permission for this data.
 * - Feishu (通用错误码): 10014 app secret invalid, 10003 invalid app_id; 99991672 / 99991679 the app lacks a scope
 *   ("Access denied. One of the following scopes is required"); 99991401 the calling IP is not in the app's IP
 *   allow-list (UNCONFIRMED number; kept tolerant).
 */
import type { ConnectionProblem, ConnectionProblemCode } from '@shared/schemas/platform';
import { PlatformError } from './types';

const byCode: Record<string, Record<string, ConnectionProblemCode>> = {
  wecom: {
    '60020': 'IP_NOT_TRUSTED',
    '50001': 'REDIRECT_DOMAIN_NOT_TRUSTED',
    '40013': 'BAD_CREDENTIALS',
    '40001': 'BAD_CREDENTIALS',
    '40091': 'BAD_CREDENTIALS',
    '48002': 'PERMISSION_MISSING',
    '60011': 'PERMISSION_MISSING',
  },
  dingtalk: {
    '60020': 'IP_NOT_TRUSTED',
    'Forbidden.AccessDenied.IpNotInWhiteList': 'IP_NOT_TRUSTED',
    '40096': 'BAD_CREDENTIALS',
    invalidClientIdOrSecret: 'BAD_CREDENTIALS',
    'Forbidden.AccessDenied.AccessTokenPermissionDenied': 'PERMISSION_MISSING',
    '60011': 'PERMISSION_MISSING',
  },
  feishu: {
    '10014': 'BAD_CREDENTIALS',
    '10003': 'BAD_CREDENTIALS',
    '99991672': 'PERMISSION_MISSING',
    '99991679': 'PERMISSION_MISSING',
    '99991401': 'IP_NOT_TRUSTED',
  },
};

/**
 * WeCom ends its errors with "from ip: a.b.c.d", api.dingtalk.com its IP refusal with "request ip=…": the egress IP
 * the platform saw, learnt without calling anyone.
 */
const fromIp = /(?:from ip:\s*|request ip=)([0-9a-fA-F.:]+)/;

export function connectionProblemOf(error: unknown): ConnectionProblem {
  if (!(error instanceof PlatformError)) return { code: 'UNREACHABLE', platformCode: null, seenIp: null };
  const mapped = byCode[error.platform]?.[error.platformCode.replace(/^88\//, '')];
  const code: ConnectionProblemCode =
    mapped ??
    (error.kind === 'bad_credentials'
      ? 'BAD_CREDENTIALS'
      : error.kind === 'unavailable' || error.kind === 'rate_limited'
        ? 'UNREACHABLE'
        : 'UNKNOWN');
  return { code, platformCode: error.platformCode, seenIp: error.message.match(fromIp)?.[1] ?? null };
}
