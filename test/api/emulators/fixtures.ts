/** Small seeds the emulator tests share. */
import type { DingTalkOrgSeed } from '@test/emulators/dingtalk';
import type { FeishuAppSeed } from '@test/emulators/feishu';
import type { WeComOrgSeed } from '@test/emulators/wecom';

export const dingTalkCorp: DingTalkOrgSeed = {
  corpId: 'dingcorptest0001',
  clientId: 'dingclienttest01',
  clientSecret: 'dt-secret-1',
  agentId: 3001001,
  callbackToken: 'dtToken123',
  callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
  users: [
    { userId: 'u-lan', name: '蓝一鸣', departmentIds: [1, 20], mobile: '13800000001', isAdmin: true },
    { userId: 'u-qiu', name: '邱思齐', departmentIds: [20], leaderInDepartmentIds: [20] },
    { userId: 'u-mo', name: '莫若尘', departmentIds: [30] },
  ],
};

export const feishuApp: FeishuAppSeed = {
  appId: 'cli_emutest0000001',
  appSecret: 'fs-secret-1',
  tenantKey: 'tenant-emutest',
  encryptKey: 'fs-encrypt-key-1',
  verificationToken: 'fs-verify-token-1',
  users: [
    {
      openId: 'ou_guan',
      userId: 'guan01',
      name: '关若楠',
      departmentIds: ['od-sales'],
      isTenantManager: true,
    },
    {
      openId: 'ou_shi',
      userId: 'shi02',
      name: '施家乐',
      departmentIds: ['od-sales'],
      email: 'shi@example.cn',
    },
  ],
};

export const weComCorp: WeComOrgSeed = {
  corpId: 'wwemutest00000001',
  agentId: 1000002,
  secret: 'wc-secret-1',
  callbackToken: 'hJqcu3uJ9Tn2gXPmxx2w9kkCkCE2EPYo',
  callbackAesKey: '6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt',
  users: [
    {
      userId: 'TangYue',
      name: '唐悦',
      departmentIds: [1, 5],
      leaderInDepartmentIds: [5],
      mobile: '13900000001',
    },
    { userId: 'fangzhi', name: '方知', departmentIds: [5], directLeader: ['TangYue'] },
  ],
};
export const weComAppKey = `${weComCorp.corpId}/${weComCorp.agentId}`;
