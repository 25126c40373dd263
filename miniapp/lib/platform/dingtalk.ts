/** DingTalk 免登 through the real dingtalk-jsapi, importing only the bridges and the one API used (lazy chunk). */
// Registers the Android, iOS, HarmonyOS and desktop bridges; the whole package would cost ~113 KB gzipped.
import 'dingtalk-jsapi/platform';
import type { SignInOptions } from '@shared/schemas/platform';
import { requestAuthCode$ } from 'dingtalk-jsapi/api/union/requestAuthCode';
import { getENV } from 'dingtalk-jsapi/lib/env';
import { describeFailure, PlatformBridgeError } from './bridge-error';

/** `dd.requestAuthCode({corpId, clientId})` (native runtime.permission.requestAuthCodeV2): no dd.config needed. */
export async function dingTalkAuthCode(options: SignInOptions): Promise<string> {
  if (getENV().platform === 'notInDingTalk') throw new PlatformBridgeError('not_in_host');
  if (!options.corpId || !options.clientId)
    throw new PlatformBridgeError('failed', 'connection lacks corpId');
  try {
    const { code } = await requestAuthCode$({ corpId: options.corpId, clientId: options.clientId });
    if (!code) throw new PlatformBridgeError('failed', 'DingTalk answered without a code');
    return code;
  } catch (error) {
    if (error instanceof PlatformBridgeError) throw error;
    throw new PlatformBridgeError('failed', describeFailure(error));
  }
}
