/**
 * WeCom: ww.register, once per page and for every JS-API the app calls, with callbacks that sign exactly the URL
 * the SDK hands them. The SDK runs config/agentConfig again whenever the page URL changed since the last one (a
 * single-page app's every route), and WeCom checks each against the current URL.
 */
import type { JsapiConfig } from '@shared/schemas/platform';
import * as ww from '@wecom/jssdk';
import { jsapiConfigFor, once } from './jsapi-config';

type WeComConfig = Extract<JsapiConfig, { platform: 'wecom' }>;

/** The last URL signed: older clients ask for the config and the agentConfig of one URL in turn. */
let lastSigned: { url: string; config: Promise<WeComConfig> } | null = null;

function signedFor(url: string): Promise<WeComConfig> {
  const page = url.split('#')[0] ?? url;
  if (lastSigned?.url === page) return lastSigned.config;
  const config = jsapiConfigFor('wecom', page).then((answer) => {
    if (answer.platform !== 'wecom') throw new Error('not a WeCom config');
    return answer;
  });
  const signed = { url: page, config };
  lastSigned = signed;
  config.catch(() => {
    if (lastSigned === signed) lastSigned = null;
  });
  return config;
}

export const configureWeCom = once(async () => {
  const { corpId, agentId } = await signedFor(window.location.href);
  // The SDK calls wx.config / wx.agentConfig itself when an API needs them; APIs may be called at once.
  ww.register({
    corpId,
    agentId,
    jsApiList: ['getLocation', 'chooseImage', 'shareAppMessage'],
    getConfigSignature: async (url) => (await signedFor(url)).config,
    getAgentConfigSignature: async (url) => (await signedFor(url)).agentConfig,
  });
});
