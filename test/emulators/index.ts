/** All three platform emulators at once, and the demo world `npm start` seeds into them. */
import type { ConnectionCreate } from '@shared/schemas/platform';
import { demoPlatformOrgs } from './demo-seed';
import { type DingTalkEmulator, startDingTalkEmulator } from './dingtalk';
import { type FeishuEmulator, type FeishuEmulatorOptions, startFeishuEmulator } from './feishu';
import { startWeComEmulator, type WeComEmulator } from './wecom';

export { demoDingTalkOrg, demoFeishuApp, demoPlatformOrgs, demoWeComOrg } from './demo-seed';
export * from './dingtalk';
export * from './feishu';
export * from './wecom';

export interface Emulators {
  dingtalk: DingTalkEmulator;
  feishu: FeishuEmulator;
  wecom: WeComEmulator;
  close(): Promise<void>;
}

export interface StartEmulatorsOptions {
  /** Defaults to 127.0.0.1; use 0.0.0.0 when a phone on the LAN must reach the WeCom OAuth page. */
  host?: string;
  /** Fixed ports, e.g. { dingtalk: 4001, feishu: 4010, wecom: 4020 }; any free port otherwise. */
  ports?: { dingtalk?: number; feishu?: number; wecom?: number };
  /** Register demoPlatformOrgs (default true). */
  seedDemo?: boolean;
  feishu?: Pick<FeishuEmulatorOptions, 'tokenErrorStatus'>;
}

export async function startEmulators(options: StartEmulatorsOptions = {}): Promise<Emulators> {
  const { host, ports = {} } = options;
  const [dingtalk, feishu, wecom] = await Promise.all([
    startDingTalkEmulator({ host, port: ports.dingtalk }),
    startFeishuEmulator({ host, port: ports.feishu, ...options.feishu }),
    startWeComEmulator({ host, port: ports.wecom }),
  ]);
  if (options.seedDemo ?? true) {
    dingtalk.addOrg(demoPlatformOrgs.dingtalk);
    feishu.addApp(demoPlatformOrgs.feishu);
    wecom.addOrg(demoPlatformOrgs.wecom);
  }
  return {
    dingtalk,
    feishu,
    wecom,
    close: async () => {
      await Promise.all([dingtalk.close(), feishu.close(), wecom.close()]);
    },
  };
}

/** The connections the server needs to talk to the demo world in these emulators (POST /connections shape). */
export function demoConnections(
  emulators: Pick<Emulators, 'dingtalk' | 'feishu' | 'wecom'>,
): ConnectionCreate[] {
  const { dingtalk, feishu, wecom } = demoPlatformOrgs;
  return [
    {
      platform: 'dingtalk',
      corpId: dingtalk.corpId,
      clientId: dingtalk.clientId,
      clientSecret: dingtalk.clientSecret,
      agentId: dingtalk.agentId,
      callbackToken: dingtalk.callbackToken,
      callbackAesKey: dingtalk.callbackAesKey,
      baseUrl: emulators.dingtalk.baseUrl,
    },
    {
      platform: 'feishu',
      appId: feishu.appId,
      appSecret: feishu.appSecret,
      encryptKey: feishu.encryptKey,
      verificationToken: feishu.verificationToken,
      baseUrl: emulators.feishu.baseUrl,
    },
    {
      platform: 'wecom',
      corpId: wecom.corpId,
      agentId: wecom.agentId,
      secret: wecom.secret,
      callbackToken: wecom.callbackToken,
      callbackAesKey: wecom.callbackAesKey,
      baseUrl: emulators.wecom.baseUrl,
    },
  ];
}
