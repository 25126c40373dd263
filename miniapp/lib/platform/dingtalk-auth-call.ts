/**
 * Which DingTalk call can hand this client a sign-in code. dd.requestAuthCode({corpId, clientId}) (the native
 * runtime.permission.requestAuthCodeV2) exists from DingTalk 7.0.45 on Android and iOS, 7.0.50 on the desktop and
 * 7.0.0 on HarmonyOS (https://open.dingtalk.com/document/development/jsapi-request-auth-code; dingtalk-jsapi's
 * api/union/requestAuthCode declares the same minimums). Older clients, and clients whose version the SDK cannot
 * read, get the call every version has: runtime.permission.requestAuthCode({corpId}).
 */
export type DingTalkAuthCodeCall = 'requestAuthCode' | 'runtime.permission.requestAuthCode';

/** Keyed by dingtalk-jsapi's getENV().platform. */
const minimumVersions: Record<string, string> = {
  android: '7.0.45',
  ios: '7.0.45',
  pc: '7.0.50',
  harmony: '7.0.0',
};

const parts = (version: string) => version.split('.').map((part) => Number.parseInt(part, 10) || 0);

function isAtLeast(version: string, minimum: string): boolean {
  const have = parts(version);
  const need = parts(minimum);
  for (let index = 0; index < Math.max(have.length, need.length); index++) {
    const difference = (have[index] ?? 0) - (need[index] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

export function dingTalkAuthCodeCall(env: { platform: string; version?: string }): DingTalkAuthCodeCall {
  const minimum = minimumVersions[env.platform];
  return minimum && env.version && isAtLeast(env.version, minimum)
    ? 'requestAuthCode'
    : 'runtime.permission.requestAuthCode';
}
