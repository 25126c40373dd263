/**
 * DingTalk: the JS-API check (once per page) signed for the page the container opened, then
 * device.geolocation.get. DingTalk authenticates a single-page app for its entry page, and a route change is the
 * same page (§2.4). Lazy chunk.
 */
import 'dingtalk-jsapi/platform';
import type { JsapiConfig } from '@shared/schemas/platform';
import { get$ as getGeolocation } from 'dingtalk-jsapi/api/device/geolocation/get';
import { ddSdk } from 'dingtalk-jsapi/lib/ddSdk';
import { describeFailure } from './bridge-error';
import type { DeviceLocation } from './device';
import { pageEntryUrl } from './entry-memory';
import { jsapiConfigFor, once } from './jsapi-config';
import { LocationError, locationFailureFrom } from './location-error';
import { deviceLocationFrom } from './location-fix';

const jsApiList = ['device.geolocation.get', 'biz.util.chooseImage'];

type DingTalkConfig = Extract<JsapiConfig, { platform: 'dingtalk' }>;

async function signedEntry(options: { refresh?: boolean } = {}): Promise<DingTalkConfig> {
  const config = await jsapiConfigFor('dingtalk', pageEntryUrl(), options);
  if (config.platform !== 'dingtalk') throw new Error('not a DingTalk config');
  return config;
}

/**
 * The container's check behind dd.config (runtime.permission.requestJsApis on phones). Called directly because
 * dd.config runs once per page, so it could not carry a second signature, and its failure leaves the SDK's
 * dd.ready promise rejected with nobody listening. Not registered as a JSAPI of its own: hence no "auth" call.
 */
function requestJsApis(config: DingTalkConfig): Promise<unknown> {
  return ddSdk.invokeAPI(
    'runtime.permission.requestJsApis',
    {
      agentId: config.agentId,
      corpId: config.corpId,
      timeStamp: config.timeStamp,
      nonceStr: config.nonceStr,
      signature: config.signature,
      type: 0,
      jsApiList,
    },
    false,
  );
}

/** DingTalk's "签名校验失败": the signature or the ticket behind it is not the one DingTalk holds. */
const isSignatureRejected = (failure: unknown) =>
  String((failure as { errorCode?: unknown } | null)?.errorCode) === '52013';

const configure = once(async () => {
  try {
    await requestJsApis(await signedEntry());
  } catch (failure) {
    if (!isSignatureRejected(failure)) throw new Error(describeFailure(failure));
    // The cached ticket may be one DingTalk no longer holds (past its 24 h, or re-created): sign once more with
    // tickets the server fetches anew.
    try {
      await requestJsApis(await signedEntry({ refresh: true }));
    } catch (again) {
      throw new Error(describeFailure(again));
    }
  }
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
