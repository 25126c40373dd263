/** WeCom: ww.register with the signed config and agentConfig (once per page), then ww.getLocation in GCJ-02. */
import * as ww from '@wecom/jssdk';
import { describeFailure } from './bridge-error';
import type { DeviceLocation } from './device';
import { jsapiConfigFor, once } from './jsapi-config';
import { locationFailureFrom } from './location-error';
import { deviceLocationFrom } from './location-fix';

const configure = once(async () => {
  const config = await jsapiConfigFor('wecom');
  if (config.platform !== 'wecom') throw new Error('not a WeCom config');
  // The SDK calls wx.config / wx.agentConfig itself when an API needs them; APIs may be called at once.
  ww.register({
    corpId: config.corpId,
    agentId: config.agentId,
    jsApiList: ['getLocation', 'chooseImage'],
    getConfigSignature: () => config.config,
    getAgentConfigSignature: () => config.agentConfig,
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
