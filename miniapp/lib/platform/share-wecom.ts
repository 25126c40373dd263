/** WeCom: ww.register with the signed config and agentConfig, then shareAppMessage with the link as a card. */
import * as ww from '@wecom/jssdk';
import { jsapiConfigFor, once } from './jsapi-config';
import type { ShareCard } from './share';

const configure = once(async () => {
  const config = await jsapiConfigFor('wecom');
  if (config.platform !== 'wecom') throw new Error('not a WeCom config');
  ww.register({
    corpId: config.corpId,
    agentId: config.agentId,
    jsApiList: ['shareAppMessage', 'getLocation', 'chooseImage'],
    getConfigSignature: () => config.config,
    getAgentConfigSignature: () => config.agentConfig,
  });
});

export async function weComShare(card: ShareCard): Promise<void> {
  await configure();
  await ww.shareAppMessage({ title: card.title, desc: card.text, link: card.url, imgUrl: '' });
}
