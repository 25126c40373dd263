/**
 * 中大型企业标准实施: one standard plan for mid-size and large customers. Large customers get the IT-department
 * handover, integration and permission tasks (segment conditions); benchmark customers get the case-study phase.
 */
import type { TemplateDraftInput } from '@shared/schemas/implementation';

const largeOnly = { segments: ['large' as const] };

export const standardTemplate: TemplateDraftInput = {
  name: '中大型企业标准实施',
  segment: 'mid',
  description:
    '需求调研 2 周 → 需求确认 1 周 → 研发/配置 → UAT 2 周 → 投产 → 试运行 2 周 → 推广 2 周。中型企业上门交付与培训；大型企业增加 IT 部门交接、系统集成与权限任务；标杆客户增加案例共创阶段。',
  phases: [
    {
      name: '需求调研',
      durationDays: 10,
      ownerRole: '实施顾问',
      partnerRole: '客户业务负责人',
      tasks: [
        {
          title: '召开项目启动会',
          guidance:
            '双方关键角色（客户决策人、业务负责人、IT 负责人，我方实施顾问、产品经理）必须参加；明确分工、周例会机制和 SMART 目标（如拜访录入率、需求响应时长）。上传签到表或会议照片。',
          evidence: 'photo',
        },
        {
          title: '关键用户访谈',
          guidance:
            '访谈决策人、销售经理、一线销售各至少 1 人：现有流程、关键单据、最痛的环节。记录访谈纪要。',
          evidence: 'note',
        },
        {
          title: '驻场观察一线业务',
          guidance: '至少跟一位销售跑一次客户，观察他们如何记录拜访和传递客户需求，拍照记录现场。',
          evidence: 'photo',
        },
        {
          title: '与客户 IT 部门交接系统边界',
          guidance:
            '确认现有 CRM/ERP、单点登录方式、数据归属；明确哪些扩展由客户 IT 自行开发，我方提供接口文档。',
          evidence: 'note',
          condition: largeOnly,
        },
      ],
    },
    {
      name: '需求确认',
      durationDays: 5,
      ownerRole: '产品经理',
      partnerRole: '客户业务负责人',
      tasks: [
        {
          title: '输出解决方案与流程图',
          guidance:
            '包含业务流程、组织架构与角色、字段与报表；只做 MVP 范围内的配置，个性化需求登记到需求池。',
          evidence: 'file',
        },
        {
          title: '方案评审并由客户签字确认范围',
          guidance: '逐条讲解方案，确认上线必备需求（必须上线项会出现在验收清单里），请客户业务负责人签字。',
          evidence: 'signoff',
        },
      ],
    },
    {
      name: '研发/配置',
      durationDays: 20,
      ownerRole: '实施顾问',
      partnerRole: '客户 IT',
      tasks: [
        {
          title: '完成组织、角色与字段配置',
          guidance: '按确认的方案配置；导入客户、联系人历史数据并抽查 20 条。',
          evidence: 'none',
        },
        {
          title: '对接单点登录与通讯录同步',
          guidance: '与客户 IT 一起完成 SSO/通讯录对接，验证离职人员自动停用。',
          evidence: 'note',
          condition: largeOnly,
        },
        {
          title: '与客户 ERP/CRM 做接口集成',
          guidance: '按接口文档完成客户主数据与合同数据同步，联调记录上传。',
          evidence: 'file',
          condition: largeOnly,
        },
        {
          title: '按部门配置数据权限',
          guidance: '按事业部/区域设置可见范围，抽查 3 个账号确认看不到其他部门客户。',
          evidence: 'note',
          condition: largeOnly,
        },
      ],
    },
    {
      name: 'UAT',
      durationDays: 10,
      ownerRole: '实施顾问',
      partnerRole: '客户关键用户',
      tasks: [
        {
          title: '编写并执行 UAT 用例',
          guidance: '覆盖拜访、需求提报、审批、报表四条主线；问题登记到缺陷清单并跟踪关闭。',
          evidence: 'file',
        },
        {
          title: '客户 UAT 签字确认',
          guidance: '核对验收清单（含上线必备需求）逐项通过后，请客户关键用户手写签字。',
          evidence: 'signoff',
        },
      ],
    },
    {
      name: '投产',
      durationDays: 1,
      ownerRole: '实施顾问',
      partnerRole: '客户 IT',
      tasks: [
        {
          title: '切换生产环境并导入正式数据',
          guidance: '按投产清单逐项执行，保留回退方案；投产完成后截图首页数据作为凭证。',
          evidence: 'photo',
        },
        {
          title: '客户投产验收签字',
          guidance: '由验收负责人签字确认投产完成。',
          evidence: 'signoff',
        },
      ],
    },
    {
      name: '试运行',
      durationDays: 10,
      ownerRole: '实施顾问',
      partnerRole: '客户业务负责人',
      tasks: [
        {
          title: '上门培训一线销售与经理',
          guidance: '中型企业上门集中培训，按区域分场次；上传培训现场照片和签到表。',
          evidence: 'photo',
        },
        {
          title: '每周回访使用数据并处理问题',
          guidance: '每周看一次活跃人数、拜访录入率；卡点和断点记录下来反馈给产品。',
          evidence: 'note',
        },
      ],
    },
    {
      name: '全公司推广',
      durationDays: 10,
      ownerRole: '客户业务负责人',
      partnerRole: '实施顾问',
      tasks: [
        {
          title: '制定推广计划并发布使用制度',
          guidance: '由客户发布使用要求（如拜访必须当天录入），我方提供制度模板。',
          evidence: 'file',
        },
        {
          title: '复核启动会约定的目标',
          guidance: '对照项目目标逐项填写实际值，未达成的写明原因与改进计划。',
          evidence: 'note',
        },
        {
          title: '项目验收签字',
          guidance: '客户决策人签字确认项目验收。',
          evidence: 'signoff',
        },
      ],
    },
    {
      name: '标杆案例共创',
      durationDays: 5,
      ownerRole: '产品经理',
      partnerRole: '客户决策人',
      condition: { flags: ['benchmark'] },
      tasks: [
        {
          title: '访谈客户决策人整理价值案例',
          guidance: '量化效果（节省多少时间、提升多少录入率），形成可对外的案例稿。',
          evidence: 'file',
        },
        {
          title: '客户确认案例可对外发布',
          guidance: '案例稿经客户审阅后签字确认可对外使用。',
          evidence: 'signoff',
        },
      ],
    },
  ],
};
