/** The WeCom emulator: qyapi.weixin.qq.com and the open.weixin.qq.com OAuth page on one local server. */
export type { WeComPushResult, WeComReply, WeComUrlCheck } from './wecom/push';
export {
  startWeComEmulator,
  type WeComEmulator,
  type WeComOrgSummary,
  type WeComSignatureCheck,
} from './wecom/server';
export type { WeComOrgSeed, WeComUserSeed } from './wecom/state';
export { readTag, toXml, type XmlFields } from './wecom/xml';
