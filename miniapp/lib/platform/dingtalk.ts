/** DingTalk 免登 through the real dingtalk-jsapi, importing only the bridges and the one API used (lazy chunk). */
// Registers the Android, iOS, HarmonyOS and desktop bridges; the whole package would cost ~113 KB gzipped.
import 'dingtalk-jsapi/platform';
import type { SignInOptions } from '@shared/schemas/platform';
import { requestAuthCode$ as legacyRequestAuthCode$ } from 'dingtalk-jsapi/api/runtime/permission/requestAuthCode';
import { requestAuthCode$ } from 'dingtalk-jsapi/api/union/requestAuthCode';
import { getENV } from 'dingtalk-jsapi/lib/env';
import { describeFailure, PlatformBridgeError } from './bridge-error';
import { dingTalkAuthCodeCall } from './dingtalk-auth-call';

/**
 * `dd.requestAuthCode({corpId, clientId})` (native runtime.permission.requestAuthCodeV2) where the client has it,
 * `dd.runtime.permission.requestAuthCode({corpId})` on older clients; neither needs dd.config.
 */
export async function dingTalkAuthCode(options: SignInOptions): Promise<string> {
  const env = getENV();
  if (env.platform === 'notInDingTalk') throw new PlatformBridgeError('not_in_host');
  const { corpId, clientId } = options;
  if (!corpId || !clientId) throw new PlatformBridgeError('failed', 'connection lacks corpId');
  try {
    const { code } =
      dingTalkAuthCodeCall(env) === 'requestAuthCode'
        ? await requestAuthCode$({ corpId, clientId })
        : await legacyRequestAuthCode$({ corpId });
    if (!code) throw new PlatformBridgeError('failed', 'DingTalk answered without a code');
    return code;
  } catch (error) {
    if (error instanceof PlatformBridgeError) throw error;
    throw new PlatformBridgeError('failed', describeFailure(error));
  }
}
