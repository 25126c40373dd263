/**
 * Sharing a link as a card through the host's own share API: DingTalk biz.util.share, Feishu tt.share, WeCom
 * shareAppMessage, each in its own lazy chunk. Outside a host there is no card to send: the caller shows the link.
 */
import type { Host } from '@shared/domain/platforms';
import { describeFailure } from './bridge-error';
import { deviceHost } from './device';

export interface ShareCard {
  title: string;
  text: string;
  url: string;
}

/** The host a share would go through ('browser' on a desktop or in a plain browser). */
export function shareHost(): Promise<Host> {
  return deviceHost();
}

async function shareOn(host: Exclude<Host, 'browser'>, card: ShareCard): Promise<void> {
  if (host === 'dingtalk') return (await import('./share-dingtalk')).dingTalkShare(card);
  if (host === 'feishu') return (await import('./share-feishu')).feishuShare(card);
  return (await import('./share-wecom')).weComShare(card);
}

/** Opens the host's share sheet with the card; throws with the host's reason when it refuses. */
export async function shareThroughHost(card: ShareCard): Promise<void> {
  const host = await deviceHost();
  if (host === 'browser') throw new Error('no host to share through');
  try {
    await shareOn(host, card);
  } catch (error) {
    throw new Error(describeFailure(error));
  }
}
