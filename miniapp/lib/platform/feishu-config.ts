/**
 * Feishu/Lark: h5sdk.config with the signed parameters, once per page, for every JS-API the app calls (location,
 * photos, share), so the first feature to need it configures the page for all of them.
 */
import { describeFailure } from './bridge-error';
import { loadFeishuSdk, whenFeishuReady } from './feishu';
import { jsapiConfigFor, once } from './jsapi-config';

interface FeishuConfigWindow {
  h5sdk?: { config(options: Record<string, unknown>): void };
}

export const configureFeishu = once(async () => {
  const [config, sdk] = await Promise.all([jsapiConfigFor('feishu', window.location.href), loadFeishuSdk()]);
  if (config.platform !== 'feishu') throw new Error('not a Feishu config');
  await new Promise<void>((resolve, reject) => {
    (window as unknown as FeishuConfigWindow).h5sdk?.config({
      appId: config.appId,
      timestamp: config.timestamp,
      nonceStr: config.nonceStr,
      signature: config.signature,
      jsApiList: ['getLocation', 'chooseImage', 'share'],
      onSuccess: () => resolve(),
      onFail: (failure: unknown) => reject(new Error(describeFailure(failure))),
    });
  });
  await whenFeishuReady(sdk);
});
