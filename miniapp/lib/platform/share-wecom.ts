/** WeCom: the page's registration (signed per URL), then shareAppMessage with the link as a card. */
import * as ww from '@wecom/jssdk';
import type { ShareCard } from './share';
import { configureWeCom } from './wecom-config';

export async function weComShare(card: ShareCard): Promise<void> {
  await configureWeCom();
  await ww.shareAppMessage({ title: card.title, desc: card.text, link: card.url, imgUrl: '' });
}
