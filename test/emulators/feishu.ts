/** The Feishu (Lark) emulator: open.feishu.cn and accounts.feishu.cn on one local server. */
export { encryptEvent, eventSignature } from './feishu/crypto';
export type { FeishuEventEnvelope, FeishuPushResult } from './feishu/push';
export {
  type FeishuAppSummary,
  type FeishuAuthCodeRequest,
  type FeishuEmulator,
  type FeishuEmulatorOptions,
  type FeishuSignatureCheck,
  startFeishuEmulator,
} from './feishu/server';
export type { AuthCodeKind, FeishuAppSeed, FeishuUserSeed, TokenErrorStatus } from './feishu/state';
