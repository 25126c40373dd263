/** WeCom: the page's registration (signed per URL), then ww.getLocation in GCJ-02. */

import * as ww from '@wecom/jssdk';
import { describeFailure } from './bridge-error';
import type { DeviceLocation } from './device';
import { locationFailureFrom } from './location-error';
import { deviceLocationFrom } from './location-fix';
import { configureWeCom } from './wecom-config';

export async function weComLocation(): Promise<DeviceLocation> {
  await configureWeCom();
  let fix: Awaited<ReturnType<typeof ww.getLocation>>;
  try {
    fix = await ww.getLocation({ type: ww.LocationType.gcj02 });
  } catch (error) {
    throw locationFailureFrom(describeFailure(error));
  }
  return deviceLocationFrom(fix, { address: null, isFresh: true, isMock: false, source: 'wecom' });
}
