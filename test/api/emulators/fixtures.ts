/** Small seeds the emulator tests share. */
import type { DingTalkOrgSeed } from '@test/emulators/dingtalk';
import type { FeishuAppSeed } from '@test/emulators/feishu';

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
