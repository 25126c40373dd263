/**
 * Feishu message links: an AppLink that opens the web app inside Feishu on desktop and phone (打开网页应用,
 * open.feishu.cn/document/uAjLw4CM/uYjL24iN/applink-protocol/supported-protocol/open-an-h5-app: `appId`, `mode`,
 * `path` without `?`/`#`, and any other query parameters handed on to the page), where a bare https link would
 * open the system browser on a password page.
 */
import { nextOf, signInPath } from '../links';
import type { FeishuSettings } from '../types';

type LinkSettings = Pick<FeishuSettings, 'appId' | 'baseUrl'>;

/** Lark (open.larksuite.com) has its own AppLink host. */
const appLinkHost = (baseUrl: string | null): string =>
  baseUrl?.includes('larksuite') ? 'https://applink.larksuite.com' : 'https://applink.feishu.cn';

export function feishuAppLink(settings: LinkSettings, deepLink: string): string {
  const query = [
    `appId=${encodeURIComponent(settings.appId)}`,
    'mode=appCenter',
    `path=${encodeURIComponent(signInPath)}`,
    // The page reads the org from `app_id` (AppLink keeps `appId` for itself) and lands on `next`.
    `app_id=${encodeURIComponent(settings.appId)}`,
    `next=${encodeURIComponent(nextOf(deepLink))}`,
  ].join('&');
  return `${appLinkHost(settings.baseUrl)}/client/web_app/open?${query}`;
}
