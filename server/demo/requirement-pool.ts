/** The demo requirement pool: what reps reported from which of their accounts, and what the PM decided. */
import type { DecisionStatus, Importance, RequirementKind } from '@shared/domain/requirements';

export interface DemoMention {
  rep: 'sales1' | 'sales2' | 'sales3' | 'impl1';
  /** Which of the rep's accounts (by position); reps without one fall back to any customer. */
  account: number;
  importance: Importance;
  quote: string;
  daysAgo: number;
}

export interface DemoRequirement {
  title: string;
  description: string;
  category: string;
  kind: RequirementKind | null;
  decisions: { status: DecisionStatus; note: string | null; daysAgo: number; toldAll?: boolean }[];
  mentions: DemoMention[];
  impact?: number;
  effort?: number;
}

export const pool: DemoRequirement[] = [
  {
    title: '订单列表支持导出Excel',
    description: '按筛选条件导出销售订单，财务每月对账使用',
    category: '订单',
    kind: 'productizable',
    decisions: [{ status: 'planned', note: '排进 2027.1 版本，和报表导出一起做', daysAgo: 6, toldAll: true }],
    mentions: [
      {
        rep: 'sales1',
        account: 0,
        importance: 'blocker',
        quote: '每个月对账都要手抄订单，财务天天催',
        daysAgo: 40,
      },
      {
        rep: 'sales2',
        account: 0,
        importance: 'important',
        quote: '能不能把订单直接下载成表格',
        daysAgo: 31,
      },
      { rep: 'sales3', account: 1, importance: 'important', quote: '导出来我们自己做透视表', daysAgo: 12 },
    ],
    impact: 2,
    effort: 2,
  },
  {
    title: '手机端审批采购单',
    description: '领导出差时在钉钉里直接审批采购申请',
    category: '审批',
    kind: 'productizable',
    decisions: [{ status: 'in_progress', note: '移动端审批组件开发中，预计下月上线', daysAgo: 3 }],
    mentions: [
      {
        rep: 'sales1',
        account: 1,
        importance: 'important',
        quote: '老板出差一周，采购单全卡住了',
        daysAgo: 25,
      },
      { rep: 'sales2', account: 1, importance: 'blocker', quote: '没有移动审批我们不签', daysAgo: 18 },
    ],
    impact: 2,
    effort: 3,
  },
  {
    title: '与金蝶K3对接生成凭证',
    description: '销售出库后自动在金蝶K3生成记账凭证',
    category: '集成',
    kind: 'integration',
    decisions: [{ status: 'under_review', note: '在评估金蝶开放平台的接口权限', daysAgo: 8 }],
    mentions: [
      { rep: 'sales3', account: 0, importance: 'important', quote: '财务还得在金蝶里再录一遍', daysAgo: 20 },
    ],
  },
  {
    title: '离线填写巡检表',
    description: '车间信号差，巡检员离线填写，联网后自动上传',
    category: '移动端',
    kind: 'productizable',
    decisions: [],
    mentions: [
      {
        rep: 'impl1',
        account: 0,
        importance: 'blocker',
        quote: '车间里一点信号都没有，表单提交不了',
        daysAgo: 4,
      },
      { rep: 'sales1', account: 2, importance: 'important', quote: '仓库地下室也没网', daysAgo: 2 },
    ],
  },
  {
    title: '打印发货单模板自定义',
    description: '发货单打印格式可以自己调整，加公司logo',
    category: '单据',
    kind: 'customization',
    decisions: [{ status: 'declined', note: '近期不做模板设计器，可先用标准模板加 logo', daysAgo: 10 }],
    mentions: [
      {
        rep: 'sales2',
        account: 2,
        importance: 'nice-to-have',
        quote: '发货单上想印我们自己的logo',
        daysAgo: 35,
      },
    ],
  },
  {
    title: '库存低于安全库存时预警',
    description: '物料库存低于设定值时通知采购员',
    category: '库存',
    kind: 'productizable',
    decisions: [
      { status: 'released', note: '2026.4 版本已上线，在物料档案里设置安全库存', daysAgo: 15, toldAll: true },
    ],
    mentions: [
      {
        rep: 'sales1',
        account: 0,
        importance: 'important',
        quote: '缺料了才知道，生产线停了半天',
        daysAgo: 60,
      },
    ],
  },
  {
    title: '客户公海池',
    description: '长期没跟进的客户自动退回公海，其他销售可以领取',
    category: '客户',
    kind: 'productizable',
    decisions: [],
    mentions: [
      { rep: 'sales3', account: 2, importance: 'nice-to-have', quote: '离职销售的客户没人管', daysAgo: 1 },
    ],
  },
  {
    title: '数据权限按部门隔离',
    description: '各事业部只能看到本部门的客户和订单',
    category: '权限',
    kind: 'productizable',
    decisions: [{ status: 'under_review', note: null, daysAgo: 2 }],
    mentions: [
      {
        rep: 'sales2',
        account: 3,
        importance: 'blocker',
        quote: '集团要求各事业部数据互相看不到',
        daysAgo: 9,
      },
      { rep: 'sales1', account: 3, importance: 'important', quote: '分公司之间不能互看客户', daysAgo: 5 },
    ],
  },
];

/** Reported again in other words: the seed merges it into the first of the pool. */
export const duplicate: DemoRequirement = {
  title: '销售订单能下载成表格',
  description: '对账用',
  category: '订单',
  kind: null,
  decisions: [],
  mentions: [
    { rep: 'sales3', account: 3, importance: 'important', quote: '我们要把订单拉出来对账', daysAgo: 14 },
  ],
};
