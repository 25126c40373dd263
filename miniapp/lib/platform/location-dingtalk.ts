/** DingTalk: dd.config with the signed parameters (once per page), then device.geolocation.get. Lazy chunk. */
import 'dingtalk-jsapi/platform';
import { get$ as getGeolocation } from 'dingtalk-jsapi/api/device/geolocation/get';
import { ddSdk } from 'dingtalk-jsapi/lib/ddSdk';
import { describeFailure } from './bridge-error';
import type { DeviceLocation } from './device';
import { jsapiConfigFor, once } from './jsapi-config';
import { LocationError, locationFailureFrom } from './location-error';
import { deviceLocationFrom } from './location-fix';

const dd = ddSdk.getExportSdk();

const configure = once(async () => {
  const config = await jsapiConfigFor('dingtalk');
  if (config.platform !== 'dingtalk') throw new Error('not a DingTalk config');
  await new Promise<void>((resolve, reject) => {
    // config first: dd.ready registered before any dd.config fires at once, without waiting for the check.
    dd.config({
      agentId: config.agentId,
      corpId: config.corpId,
      timeStamp: config.timeStamp,
      nonceStr: config.nonceStr,
      signature: config.signature,
      type: 0,
      jsApiList: ['device.geolocation.get', 'biz.util.chooseImage'],
    });
    dd.error((failure: unknown) => reject(new Error(describeFailure(failure))));
    dd.ready(() => resolve());
  });
});

/** errorCode 11 is a refused permission, 14 a timeout (platforms.md §2.7). */
function failureOf(error: unknown): LocationError {
  const code = Number((error as { errorCode?: unknown } | null)?.errorCode);
  if (code === 11) return new LocationError('denied', describeFailure(error));
  if (code === 14) return new LocationError('timeout', describeFailure(error));
  return locationFailureFrom(describeFailure(error));
}

export async function dingTalkLocation(): Promise<DeviceLocation> {
  await configure();
  let answer: Awaited<ReturnType<typeof getGeolocation>>;
  try {
    // useCache false: a cached fix (up to 2 minutes old) would not prove the rep is there now.
    answer = await getGeolocation({
      targetAccuracy: 200,
      coordinate: 1,
      withReGeocode: true,
      useCache: false,
    });
  } catch (error) {
    throw failureOf(error);
  }
  // Android clients before 2.2 nest the fix in `location`.
  const fix = (answer as typeof answer & { location?: typeof answer }).location ?? answer;
  return deviceLocationFrom(fix, {
    address: fix.address || null,
    isFresh: true,
    isMock: fix.isFromMock === true || String(fix.isFromMock) === 'true',
    source: 'dingtalk',
  });
}
