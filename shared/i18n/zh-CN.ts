/** 简体中文 catalogue: the first language of every screen and every error. */

import { zhCNApiTokensUi } from './zh-CN.api-tokens';
import { zhCNCustomerImportUi } from './zh-CN.customer-import';
import { zhCNCustomerUi } from './zh-CN.customers';
import { zhCNExportsUi } from './zh-CN.exports';
import { zhCNFieldUi } from './zh-CN.field';
import { zhCNImplementationUi } from './zh-CN.implementation';
import { zhCNInsightUi } from './zh-CN.insight';
import { zhCNLinksUi } from './zh-CN.links';
import { zhCNMembersUi } from './zh-CN.members';
import { zhCNPlatformUi } from './zh-CN.platform';
import { zhCNRequirementsUi } from './zh-CN.requirements';
import { zhCNTemplateEditorUi } from './zh-CN.template-editor';
import { zhCNVisitsUi } from './zh-CN.visits';
import { zhCNWebhooksUi } from './zh-CN.webhooks';

export const zhCN = {
  errors: {
    VALIDATION_FAILED: '提交的内容有误，请检查标出的字段',
    MALFORMED_JSON: '请求内容不是有效的 JSON',
    MALFORMED_URL: '网址格式不正确',
    UNAUTHENTICATED: '请先登录',
    SESSION_INVALID: '登录已失效，请重新登录',
    API_TOKEN_INVALID: 'API 令牌无效、已过期或已被收回',
    API_TOKEN_READ_ONLY: '这个 API 令牌只读，不能修改数据',
    FORBIDDEN: '你没有权限执行此操作',
    NOT_FOUND: '要找的内容不存在或已被删除',
    ROUTE_NOT_FOUND: '接口不存在',
    LINK_REVOKED: '这个链接已被收回，请联系项目负责人获取新链接',
    LINK_EXPIRED: '这个链接已过期，请联系项目负责人获取新链接',
    DEMO_LOGIN_DISABLED: '演示登录未开启',
    VERSION_CONFLICT: '内容已被他人修改，请刷新后再编辑',
    INVALID_OWNER: '负责人必须是本企业在职的销售、销售经理或管理员',
    PAYLOAD_TOO_LARGE: '提交的内容太大',
    UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
    RATE_LIMITED: '操作太频繁，请稍后再试',
    SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
    INTERNAL: '服务器出错了，请稍后再试',
    NETWORK: '网络不可用，请检查网络后重试',
    ORG_NOT_CONNECTED: '你所在的组织还没有接入 Fieldloop，请联系管理员',
    PLATFORM_CODE_INVALID: '登录凭证已过期或已被使用，请重新打开应用',
    PLATFORM_UNAVAILABLE: '平台服务暂时无法访问，请稍后再试',
    PLATFORM_REJECTED: '平台拒绝了请求，请检查连接配置',
    CALLBACK_REJECTED: '回调签名校验失败',
    CONNECTION_EXISTS: '这个平台应用已经接入过了',
    EVIDENCE_REQUIRED: '请先补充这项任务要求的凭证再勾选完成',
    TEMPLATE_NOT_PUBLISHED: '这个模板还没有发布的版本',
    NO_DRAFT: '这个模板没有待发布的草稿',
    INVALID_MEMBER: '所选人员或联系人无效',
    REQUIREMENT_MERGED: '这条需求已合并到另一条需求，请在合并后的需求上操作',
    MERGE_NOT_ALLOWED: '不能合并到自己、已合并或不存在的需求',
    CONTEST_CLOSED: '合并已超过 7 天或已处理，不能再提出异议',
    UNDO_CLOSED: '已超过撤销时间，通知已发出',
    SPREADSHEET_TOO_LARGE: '表格文件不能超过 {{maximum}} MB',
    SPREADSHEET_UNPACKS_TOO_LARGE: '表格解压后超过 {{maximum}} MB，请删去多余内容或拆成几个文件',
    SPREADSHEET_TOO_MANY_SHEETS: '表格最多只能有 {{maximum}} 个工作表',
    SPREADSHEET_TOO_MANY_ROWS: '表格最多只能有 {{maximum}} 行，请拆成几个文件',
    SPREADSHEET_TOO_MANY_CELLS: '表格最多只能有 {{maximum}} 个单元格，请拆成几个文件',
    SPREADSHEET_UNREADABLE: '无法读取这个文件，请上传 Excel 工作簿（.xlsx）',
    IMPORT_ROWS_INVALID: '表格中有 {{count}} 处问题，没有导入任何数据',
  },
  validation: {
    unknownAttachment: '附件不存在，请重新上传',
    fileTooLarge: '文件不能超过 {{maximum}} MB',
    fileTypeRefused:
      '只支持 JPEG、PNG、WebP、HEIC 图片，PDF，Excel/Word/PowerPoint（xlsx、docx、pptx）和文本/CSV 文件',
    required: '必填',
    tooShort: '至少 {{minimum}} 个字符',
    tooLong: '最多 {{maximum}} 个字符',
    tooSmall: '不能小于 {{minimum}}',
    tooBig: '不能大于 {{maximum}}',
    tooFew: '至少 {{minimum}} 项',
    tooMany: '最多 {{maximum}} 项',
    invalidFormat: '格式不正确',
    publicHttpsOnly: '只能填写公网可访问的 https 地址',
    invalidEmail: '邮箱格式不正确',
    invalidPhone: '电话号码格式不正确',
    invalidId: '编号无效',
    invalidOption: '请选择有效的选项',
    invalidType: '类型不正确',
    notANumber: '请输入数字',
    notAnInteger: '请输入整数',
    unknownKey: '不支持的字段：{{keys}}',
    foreignUrl: '只能为本应用的页面签名',
    notInFuture: '必须晚于现在',
    periodOrder: '不能早于开始日期',
    periodTooLong: '时间范围不能超过一年',
    invalid: '内容无效',
  },
  enums: {
    role: { admin: '管理员', manager: '销售经理', pm: '产品经理', sales: '销售', implementer: '实施顾问' },
    segment: { smb: '小微企业', mid: '中型企业', large: '大型企业' },
    tier: { high: '高价值', general: '一般价值', low: '低价值' },
    flag: { coCreation: '共创客户', angel: '天使客户', benchmark: '标杆客户' },
    contactRole: { decision_maker: '决策人', user: '使用者', it: 'IT 负责人' },
  },
  platformEvents: {
    cardActionUnknown: '这个按钮已失效，请在 Fieldloop 中操作',
    cardActionDone: '已经处理过了',
  },
  ui: {
    ...zhCNPlatformUi,
    ...zhCNMembersUi,
    ...zhCNApiTokensUi,
    ...zhCNWebhooksUi,
    ...zhCNCustomerUi,
    ...zhCNExportsUi,
    ...zhCNCustomerImportUi,
    ...zhCNFieldUi,
    ...zhCNVisitsUi,
    ...zhCNLinksUi,
    ...zhCNRequirementsUi,
    ...zhCNImplementationUi,
    ...zhCNTemplateEditorUi,
    ...zhCNInsightUi,
    app: { title: 'Fieldloop 现场闭环' },
    common: {
      pullToRefresh: {
        pulling: '下拉刷新',
        release: '松开刷新',
        refreshing: '正在刷新…',
        complete: '已刷新',
      },
      back: '返回',
      cancel: '取消',
      retry: '重试',
      undo: '撤销',
      reload: '重新加载',
      loading: '加载中…',
      noMore: '没有更多了',
      showMore: '查看更多',
      notSet: '未填写',
    },
    state: { errorTitle: '加载失败' },
    languages: { 'zh-CN': '简体中文', en: 'English' },
    tabs: {
      label: '主导航',
      customers: '客户',
      visits: '拜访',
      requirements: '需求',
      implementation: '实施',
      me: '我的',
    },
    auth: {
      tagline: '拜访 · 需求 · 实施，一个闭环',
      title: '演示登录',
      hint: '选择一家演示企业和一位成员进入。正式使用时，请从钉钉、飞书或企业微信的工作台打开。',
      chooseTenant: '1. 选择企业',
      chooseUser: '2. 选择成员',
      chooseTenantFirst: '先选择一家企业，这里会列出它的成员。',
      noTenants: '还没有演示数据',
      noTenantsBody: '请让管理员开启演示数据（SEED_DEMO=1）后刷新页面。',
      disabledTitle: '演示登录未开启',
      disabledBody:
        '这个环境需要通过平台登录。请在钉钉、飞书或企业微信的工作台中打开 Fieldloop；如仍无法进入，请联系管理员。',
      emulatedTitle: '从模拟的工作台进入',
      emulatedHint:
        '这台演示服务器模拟了下面的平台。选一位成员，就像在对应客户端的工作台里打开 Fieldloop，体验免登。',
      openIn: '，在{{platform}}中打开',
    },
    me: {
      profile: '个人信息',
      tenant: '所属企业',
      department: '部门',
      noDepartment: '未设置',
      language: '语言',
      signOut: '退出登录',
      signOutConfirm: '确定退出登录吗？',
      admin: '管理',
    },
  },
};

/** The catalogue's shape; every other language must have exactly these keys. */
export type Catalogue = typeof zhCN;
