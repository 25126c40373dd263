/** One organisation per platform, seeded into its emulator, and the connection an admin makes for it. */
import type { Platform } from '@shared/domain/platforms';
import type { ConnectionCreate } from '@shared/schemas/platform';
import { startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startFeishuEmulator } from '@test/emulators/feishu';
import { startWeComEmulator } from '@test/emulators/wecom';
import type { EmulatorBridgeConfig } from './platform-phone';

export interface RunningEmulator {
  baseUrl: string;
  counters(): Record<string, { codeExchanges?: number }>;
  sentMessages(filter?: { recipient?: string }): { content: unknown }[];
  close(): Promise<void>;
}

export interface PlatformOrg {
  platform: Platform;
  label: string;
  /** Who is signed in to the client. */
  person: { id: string; name: string };
  /** Key of the app in the emulator's counters. */
  appKey: string;
  start(): Promise<RunningEmulator>;
  connection(baseUrl: string): ConnectionCreate;
  bridge(baseUrl: string, orgKey?: string): EmulatorBridgeConfig;
  /** The address the platform opens, as the admin configured it (for `orgKey`, default this org). */
  pageUrl(orgKey?: string): string;
  unknownOrgKey: string;
}

const aesKey = 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7';

const dingTalk: PlatformOrg = {
  platform: 'dingtalk',
  label: 'DingTalk',
  person: { id: 'u-lin', name: '林晓雨' },
  appKey: 'dinge2eclient0001',
  async start() {
    const emulator = await startDingTalkEmulator();
    emulator.addOrg({
      corpId: 'dinge2ecorp000001',
      corpName: '云帆科技',
      clientId: 'dinge2eclient0001',
      clientSecret: 'dt-e2e-secret',
      agentId: 4001001,
      callbackToken: 'dtE2eToken',
      callbackAesKey: aesKey,
      users: [{ userId: 'u-lin', name: '林晓雨', departmentIds: [1] }],
    });
    return emulator;
  },
  connection: (baseUrl) => ({
    platform: 'dingtalk',
    corpId: 'dinge2ecorp000001',
    clientId: 'dinge2eclient0001',
    clientSecret: 'dt-e2e-secret',
    agentId: '4001001',
    callbackToken: 'dtE2eToken',
    callbackAesKey: aesKey,
    baseUrl,
  }),
  bridge: (baseUrl, orgKey = 'dinge2ecorp000001') => ({
    platform: 'dingtalk',
    baseUrl,
    orgKey,
    userId: 'u-lin',
  }),
  // An admin who pasted the bare address: DingTalk replaces $CORPID$ in `/?corpid=$CORPID$`.
  pageUrl: (orgKey = 'dinge2ecorp000001') => `/?corpid=${orgKey}`,
  unknownOrgKey: 'dingnotconnected01',
};

const feishu: PlatformOrg = {
  platform: 'feishu',
  label: 'Feishu',
  person: { id: 'ou_e2e_he', name: '何嘉怡' },
  appKey: 'cli_e2etest0000001',
  async start() {
    const emulator = await startFeishuEmulator();
    emulator.addApp({
      appId: 'cli_e2etest0000001',
      appSecret: 'fs-e2e-secret',
      tenantKey: 'tenant-e2e',
      encryptKey: 'fs-e2e-encrypt',
      verificationToken: 'fs-e2e-verify',
      users: [{ openId: 'ou_e2e_he', name: '何嘉怡', departmentIds: ['od-sales'] }],
    });
    return emulator;
  },
  connection: (baseUrl) => ({
    platform: 'feishu',
    appId: 'cli_e2etest0000001',
    appSecret: 'fs-e2e-secret',
    encryptKey: 'fs-e2e-encrypt',
    verificationToken: 'fs-e2e-verify',
    baseUrl,
  }),
  bridge: (baseUrl, orgKey = 'cli_e2etest0000001') => ({
    platform: 'feishu',
    baseUrl,
    orgKey,
    userId: 'ou_e2e_he',
  }),
  pageUrl: (orgKey = 'cli_e2etest0000001') => `/sign-in?appId=${orgKey}`,
  unknownOrgKey: 'cli_notconnected01',
};

const weCom: PlatformOrg = {
  platform: 'wecom',
  label: 'WeCom',
  person: { id: 'ZhouQi', name: '周琦' },
  appKey: 'wwe2etest00000001/1000005',
  async start() {
    const emulator = await startWeComEmulator();
    emulator.addOrg({
      corpId: 'wwe2etest00000001',
      corpName: '云帆科技',
      agentId: 1000005,
      secret: 'wc-e2e-secret',
      callbackToken: 'wcE2eToken',
      callbackAesKey: aesKey,
      users: [{ userId: 'ZhouQi', name: '周琦', departmentIds: [1] }],
    });
    return emulator;
  },
  connection: (baseUrl) => ({
    platform: 'wecom',
    corpId: 'wwe2etest00000001',
    agentId: '1000005',
    secret: 'wc-e2e-secret',
    callbackToken: 'wcE2eToken',
    callbackAesKey: aesKey,
    baseUrl,
  }),
  bridge: (baseUrl, orgKey = 'wwe2etest00000001') => ({
    platform: 'wecom',
    baseUrl,
    orgKey,
    agentId: '1000005',
    userId: 'ZhouQi',
  }),
  pageUrl: (orgKey = 'wwe2etest00000001') => `/sign-in?corpId=${orgKey}&agentId=1000005`,
  unknownOrgKey: 'wwnotconnected001',
};

export const platformOrgs: PlatformOrg[] = [dingTalk, feishu, weCom];
