/** DingTalk: biz.util.share opens the client's share sheet with the link as a card (no dd.config needed). */
import 'dingtalk-jsapi/platform';
import { share$ } from 'dingtalk-jsapi/api/biz/util/share';
import type { ShareCard } from './share';

export async function dingTalkShare(card: ShareCard): Promise<void> {
  await share$({ type: 0, url: card.url, title: card.title, content: card.text, image: '' });
}
