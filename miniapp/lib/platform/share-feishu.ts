/** Feishu/Lark: h5sdk.config with the signed parameters (once per page), then tt.share with the link as a card. */
import { describeFailure } from './bridge-error';
import { loadFeishuSdk, whenFeishuReady } from './feishu';
import { jsapiConfigFor, once } from './jsapi-config';
import type { ShareCard } from './share';

interface FeishuShareWindow {
  h5sdk?: { config(options: Record<string, unknown>): void };
  tt?: { share?(options: Record<string, unknown>): void };
}

const feishuWindow = () => window as unknown as FeishuShareWindow;

const configure = once(async () => {
  const [config, sdk] = await Promise.all([jsapiConfigFor('feishu'), loadFeishuSdk()]);
  if (config.platform !== 'feishu') throw new Error('not a Feishu config');
  await new Promise<void>((resolve, reject) => {
    feishuWindow().h5sdk?.config({
      appId: config.appId,
      timestamp: config.timestamp,
      nonceStr: config.nonceStr,
      signature: config.signature,
      jsApiList: ['share'],
      onSuccess: () => resolve(),
      onFail: (failure: unknown) => reject(new Error(describeFailure(failure))),
    });
  });
  await whenFeishuReady(sdk);
});

export async function feishuShare(card: ShareCard): Promise<void> {
  await configure();
  const share = feishuWindow().tt?.share;
  if (!share) throw new Error('tt.share is missing');
  await new Promise<void>((resolve, reject) => {
    share({
      channelType: ['im'],
      contentType: 'url',
      url: card.url,
      title: card.title,
      content: card.text,
      success: () => resolve(),
      fail: (failure: unknown) => reject(new Error(describeFailure(failure))),
    });
  });
}
