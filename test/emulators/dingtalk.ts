/** The DingTalk emulator: oapi.dingtalk.com and api.dingtalk.com on one local server. */
export { callbackSignature, decryptCallback, encryptCallback } from './dingtalk/crypto';
export type { DingTalkPushResult, DingTalkReply } from './dingtalk/push';
export {
  type DingTalkEmulator,
  type DingTalkOrgSummary,
  type DingTalkSignatureCheck,
  startDingTalkEmulator,
} from './dingtalk/server';
export type { DingTalkOrgSeed, DingTalkUserSeed } from './dingtalk/state';
