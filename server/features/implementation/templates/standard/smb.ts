/** 中小企业零交付: the customer sets up on their own with online help; a short, self-serve plan. */
import type { TemplateDraftInput } from '@shared/schemas/implementation';

export const smbTemplate: TemplateDraftInput = {
  name: '中小企业零交付上线',
  segment: 'smb',
  description:
    '面向中小企业的自助开通方案：客户按引导自行完成配置，实施顾问线上答疑，不做上门培训，两周内用起来。',
  phases: [
    {
      name: '开通与自助配置',
      durationDays: 3,
      ownerRole: '客户管理员',
      partnerRole: '线上实施顾问',
      tasks: [
        {
          title: '开通企业账号并在工作台添加应用',
          guidance:
            '在钉钉/飞书/企业微信工作台添加 Fieldloop，确认管理员可以免登进入。截图工作台入口作为凭证。',
          evidence: 'photo',
        },
        {
          title: '按导入模板批量导入客户与联系人',
          guidance:
            '下载标准 Excel 模板，整理现有客户名单（名称、行业、规模、负责人），导入后抽查 5 条数据是否正确。',
          evidence: 'file',
        },
        {
          title: '设置角色与负责人',
          guidance: '为销售、销售经理、产品经理分配角色；离职人员不要导入。',
          evidence: 'none',
        },
      ],
    },
    {
      name: '线上培训与试用',
      durationDays: 5,
      ownerRole: '线上实施顾问',
      partnerRole: '客户管理员',
      tasks: [
        {
          title: '组织一次 30 分钟线上讲解',
          guidance: '用腾讯会议/钉钉会议演示拜访记录、需求提报两条主线，录屏发到客户群。',
          evidence: 'note',
        },
        {
          title: '每位销售完成第一条拜访记录',
          guidance: '在后台查看每位销售是否已提交拜访；未提交的名单发给客户管理员跟进。',
          evidence: 'none',
        },
      ],
    },
    {
      name: '上线确认',
      durationDays: 2,
      ownerRole: '线上实施顾问',
      partnerRole: '客户负责人',
      tasks: [
        {
          title: '确认使用目标达成并关闭开通工单',
          guidance: '核对周活跃人数与拜访数是否达到启动时约定的目标，在工单中记录结果。',
          evidence: 'note',
        },
        {
          title: '客户负责人确认上线',
          guidance: '请客户负责人在手机上签字确认已上线使用。',
          evidence: 'signoff',
        },
      ],
    },
  ],
};
