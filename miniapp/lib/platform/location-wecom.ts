/**
 * WeCom: ww.register (once per page) with callbacks that sign exactly the URL the SDK hands them, then
 * ww.getLocation in GCJ-02. The SDK runs config/agentConfig again whenever the page URL changed since the last
 * one (a single-page app's every route), and WeCom checks each against the current URL.
 */

import type { JsapiConfig } from '@shared/schemas/platform';
import * as ww from '@wecom/jssdk';
import { describeFailure } from './bridge-error';
import type { DeviceLocation } from './device';
import { jsapiConfigFor, once } from './jsapi-config';
import { locationFailureFrom } from './location-error';
import { deviceLocationFrom } from './location-fix';

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

const configure = once(async () => {
  const { corpId, agentId } = await signedFor(window.location.href);
  // The SDK calls wx.config / wx.agentConfig itself when an API needs them; APIs may be called at once.
  ww.register({
    corpId,
    agentId,
    jsApiList: ['getLocation', 'chooseImage'],
    getConfigSignature: async (url) => (await signedFor(url)).config,
    getAgentConfigSignature: async (url) => (await signedFor(url)).agentConfig,
  });
});

export async function weComLocation(): Promise<DeviceLocation> {
  await configure();
  let fix: Awaited<ReturnType<typeof ww.getLocation>>;
  try {
    fix = await ww.getLocation({ type: ww.LocationType.gcj02 });
  } catch (error) {
    throw locationFailureFrom(describeFailure(error));
  }
  return deviceLocationFrom(fix, { address: null, isFresh: true, isMock: false, source: 'wecom' });
}
