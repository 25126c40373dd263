/**
 * DingTalk message links (§2.5, 消息链接说明 and "redirect micro applications to work messages" on
 * open.dingtalk.com): the app's sign-in page carrying `corpid` (what 免登 needs), opened through
 * `dingtalk://dingtalkclient/action/openapp` so the PC client uses the workbench container, not a browser.
 */
import { signInEntryUrl } from '../links';
import type { DingTalkSettings } from '../types';

type LinkSettings = Pick<DingTalkSettings, 'corpId' | 'agentId'>;

export interface DingTalkLinks {
  /** The plain page with `corpid`: what the container loads, and what the phone opens. */
  mobile: string;
  /** The workbench form of the same page (internal apps are `0_<agentId>`). */
  pc: string;
}

export function dingTalkLinks(settings: LinkSettings, deepLink: string): DingTalkLinks {
  const mobile = signInEntryUrl(deepLink, { corpid: settings.corpId });
  const query = [
    `corpid=${encodeURIComponent(settings.corpId)}`,
    'container_type=work_platform',
    `app_id=0_${encodeURIComponent(settings.agentId)}`,
    'redirect_type=jump',
    `redirect_url=${encodeURIComponent(mobile)}`,
  ].join('&');
  return { mobile, pc: `dingtalk://dingtalkclient/action/openapp?${query}` };
}

/**
 * An action card button has one URL for every client. DingTalk's guide to opening a micro app from a work
 * notification uses the openapp form for link, OA and card messages alike; its redirect_url is the mobile page.
 */
export const dingTalkMessageLink = (settings: LinkSettings, deepLink: string): string =>
  dingTalkLinks(settings, deepLink).pc;
