/**
 * The fixed demo world `npm start` runs against: one DingTalk corp, one Feishu app and one WeCom corp, each
 * with six invented people, so the demo can offer 免登 without a real platform. All names are made up.
 */
import type { DingTalkOrgSeed } from './dingtalk';
import type { FeishuAppSeed } from './feishu';
import type { WeComOrgSeed } from './wecom';

const avatar = (seed: string): string =>
  `https://api.dicebear.com/9.x/initials/svg?seed=${encodeURIComponent(seed)}`;

export const demoDingTalkOrg = {
  corpId: 'dingfieldloopdemo7c2a91e5',
  corpName: '云栖示范科技',
  clientId: 'dingfieldloopdemoapp01',
  clientSecret: 'demo-dingtalk-secret-7k2m9q4xw8r3',
  agentId: 3210987654,
  callbackToken: 'fieldloopDemoToken',
  callbackAesKey: 'FieldloopDemoDingTalkAesKey0123456789abcdeX',
  users: [
    {
      userId: 'dd-zhongmy',
      name: '钟明远',
      departmentIds: [1],
      isAdmin: true,
      title: '信息部经理',
      avatar: avatar('钟明远'),
    },
    {
      userId: 'dd-weixl',
      name: '韦晓岚',
      departmentIds: [2],
      leaderInDepartmentIds: [2],
      title: '销售总监',
      avatar: avatar('韦晓岚'),
    },
    {
      userId: 'dd-baiwt',
      name: '柏文涛',
      departmentIds: [2],
      managerUserId: 'dd-weixl',
      title: '客户经理',
      mobile: '13800000101',
    },
    {
      userId: 'dd-chuyt',
      name: '褚雨桐',
      departmentIds: [2],
      managerUserId: 'dd-weixl',
      title: '客户经理',
      mobile: '13800000102',
    },
    {
      userId: 'dd-jiangyf',
      name: '姜逸凡',
      departmentIds: [3],
      title: '产品经理',
      email: 'jiangyf@demo.example',
    },
    { userId: 'dd-bujh', name: '卜嘉禾', departmentIds: [4], title: '实施顾问' },
  ],
  departments: [
    { id: 2, name: '销售部' },
    { id: 3, name: '产品部' },
    { id: 4, name: '实施交付部' },
  ],
} satisfies DingTalkOrgSeed;

export const demoFeishuApp = {
  appId: 'cli_fieldloopdemo0001',
  appSecret: 'demo-feishu-secret-Qm4tZ8vK2pW6',
  tenantKey: 'fieldloop-demo-tenant',
  encryptKey: 'demo-feishu-encrypt-key',
  verificationToken: 'demo-feishu-verification-token',
  users: [
    {
      openId: 'ou_demo_leizy',
      userId: 'leizy',
      name: '雷泽宇',
      departmentIds: ['od-it'],
      isTenantManager: true,
    },
    {
      openId: 'ou_demo_xiaowq',
      userId: 'xiaowq',
      name: '萧婉清',
      departmentIds: ['od-sales'],
      jobTitle: '销售总监',
    },
    {
      openId: 'ou_demo_hezy',
      userId: 'hezy',
      name: '贺知远',
      departmentIds: ['od-sales'],
      leaderUserId: 'xiaowq',
    },
    {
      openId: 'ou_demo_yinrx',
      userId: 'yinrx',
      name: '殷若曦',
      departmentIds: ['od-sales'],
      leaderUserId: 'xiaowq',
    },
    {
      openId: 'ou_demo_gongzb',
      userId: 'gongzb',
      name: '龚振邦',
      departmentIds: ['od-product'],
      jobTitle: '产品经理',
    },
    {
      openId: 'ou_demo_minsy',
      userId: 'minsy',
      name: '闵书瑶',
      departmentIds: ['od-delivery'],
      jobTitle: '实施顾问',
    },
  ],
  departments: [
    { openDepartmentId: 'od-it', name: '信息部' },
    { openDepartmentId: 'od-sales', name: '销售部' },
    { openDepartmentId: 'od-product', name: '产品部' },
    { openDepartmentId: 'od-delivery', name: '实施交付部' },
  ],
} satisfies FeishuAppSeed;

export const demoWeComOrg = {
  corpId: 'wwfieldloopdemo00001',
  corpName: '青禾示范集团',
  agentId: 1000007,
  secret: 'demo-wecom-secret-Hn5rL9cX3vB7',
  callbackToken: 'fieldloopDemoWeCom',
  callbackAesKey: 'FieldloopDemoWeComAesKey0123456789abcdefghX',
  users: [
    { userId: 'QiYuShan', name: '祁玉山', departmentIds: [1], position: '信息部经理' },
    {
      userId: 'WenJingShu',
      name: '温静姝',
      departmentIds: [2],
      leaderInDepartmentIds: [2],
      position: '销售总监',
    },
    {
      userId: 'PeiZiMo',
      name: '裴子墨',
      departmentIds: [2],
      directLeader: ['WenJingShu'],
      position: '客户经理',
    },
    {
      userId: 'MuQingYang',
      name: '穆清扬',
      departmentIds: [2],
      directLeader: ['WenJingShu'],
      position: '客户经理',
    },
    { userId: 'YanKeXin', name: '严可欣', departmentIds: [3], position: '产品经理' },
    { userId: 'GuiChenYang', name: '桂晨阳', departmentIds: [4], position: '实施顾问' },
  ],
  departments: [
    { id: 2, name: '销售部' },
    { id: 3, name: '产品部' },
    { id: 4, name: '实施交付部' },
  ],
} satisfies WeComOrgSeed;

export const demoPlatformOrgs = {
  dingtalk: demoDingTalkOrg,
  feishu: demoFeishuApp,
  wecom: demoWeComOrg,
} as const;
