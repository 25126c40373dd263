/** 100,000 distinct, realistic requirement texts for the requirements bench: subject × need × context. */

const subjects = [
  '销售订单',
  '采购订单',
  '客户档案',
  '供应商',
  '库存',
  '生产工单',
  '合同',
  '报价单',
  '发票',
  '销售报表',
  '审批流',
  '物料',
  '仓库',
  '设备',
  '实施项目',
  '费用报销',
  '考勤',
  '商机',
  '回款',
  '发货单',
  '退货单',
  '质检单',
  '盘点单',
  '工艺路线',
  'BOM',
  '价格表',
  '信用额度',
  '服务工单',
  '备件',
  '经销商',
  '联系人',
  '拜访记录',
  '销售目标',
  '提成',
  '应收账款',
  '应付账款',
  '凭证',
  '预算',
  '门店',
  '会员',
];
const needs = [
  '支持导出Excel',
  '批量导入',
  '手机端查看',
  '到期自动提醒',
  '按部门隔离权限',
  '增加自定义字段',
  '打印模板自定义',
  '对接金蝶K3',
  '对接用友U8',
  '同步到钉钉待办',
  '扫码录入',
  '离线填写后自动上传',
  '英文界面',
  '记录操作日志',
  '可配置审批流程',
  '修改留痕',
  '多版本管理',
  '按月统计分析',
  '大屏看板展示',
  '全局搜索',
  '附件在线预览',
  '批量修改状态',
  '每天定时推送',
  '异常时预警通知',
  '多组织分别核算',
];
const contexts = [
  '财务每月对账时要用',
  '领导出差时也要能处理',
  '车间信号差',
  '集团各事业部数据不能互看',
  '海外子公司在用',
  '审计要求留痕',
  '仓库人员文化程度不高，操作要简单',
  '门店数量多',
  '经销商自己操作',
  '客户投诉后要追溯',
  '年底盘点工作量大',
  '销售在外面跑，主要用手机',
  '老板要看实时数据',
  '和现有ERP数据重复录入',
  '新员工上手慢',
  '数据量大时加载慢',
  '要和微信小程序打通',
  '质量部要求按批次管理',
  '多个工厂共用一套系统',
  '项目经理要看进度',
];

export interface GeneratedRequirement {
  title: string;
  description: string;
}

/** The n-th requirement; n from 0 to 99,999 gives distinct texts. */
export function generatedRequirement(n: number): GeneratedRequirement {
  const subject = subjects[n % subjects.length] as string;
  const need = needs[Math.floor(n / subjects.length) % needs.length] as string;
  const context = contexts[Math.floor(n / (subjects.length * needs.length)) % contexts.length] as string;
  const second = contexts[(n * 7) % contexts.length] as string;
  return { title: `${subject}${need}`, description: `${context}；${second}（第 ${n} 条）` };
}

/** What reps type while capturing: paraphrases that should find the pool's requirements. */
export const benchQueries = [
  '销售订单下载成表格对账',
  '领导在手机上审批采购单',
  '车间没网也能填巡检表',
  '供应商档案从Excel导进来',
  '库存不够了提醒采购',
  '合同快到期提醒续签',
  '发票信息对接金蝶',
  '报表按月份对比',
  '客户资料加几个字段',
  '每个部门只看自己的数据',
  '扫码出入库',
  '经销商用小程序下单',
  'BOM要有历史版本',
  '应收账款账龄分析',
  '服务工单派给工程师',
  '老板要看经营大屏',
  '费用报销拍发票识别',
  '考勤对接钉钉打卡',
  '订单改价格要留痕',
  '英文界面给海外员工',
];
