/**
 * WeCom message links: the OAuth2 authorize page (§4.3, snsapi_base, silent) wrapping the app's sign-in page, so
 * the tap arrives with a code. The page checks `state` against the one it keeps for its own OAuth rounds; this
 * fixed one is not, so the page starts a silent round of its own before using any code (no login CSRF).
 */
import { signInEntryUrl } from '../links';
import type { WeComSettings } from '../types';

type LinkSettings = Pick<WeComSettings, 'corpId' | 'agentId' | 'baseUrl'>;

/** `[a-zA-Z0-9]`, ≤128 bytes, as WeCom requires. */
export const messageLinkState = 'fieldloopmsg';

export function weComOAuthLink(settings: LinkSettings, deepLink: string): string {
  const redirect = signInEntryUrl(deepLink, { corpId: settings.corpId, agentId: settings.agentId });
  const base = (settings.baseUrl ?? 'https://open.weixin.qq.com').replace(/\/+$/, '');
  const query = [
    `appid=${encodeURIComponent(settings.corpId)}`,
    `redirect_uri=${encodeURIComponent(redirect)}`,
    'response_type=code',
    'scope=snsapi_base',
    `state=${messageLinkState}`,
    `agentid=${encodeURIComponent(settings.agentId)}`,
  ].join('&');
  return `${base}/connect/oauth2/authorize?${query}#wechat_redirect`;
}
