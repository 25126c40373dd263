/** 简体中文 texts of the implementation screens. */
export const zhCNImplementationUi = {
  implementation: {
    messages: {
      evidence: {
        photo: '这项任务要求上传现场照片',
        file: '这项任务要求上传文件',
        note: '这项任务要求填写说明',
        signoff: '这项任务要求客户手写签字和签字人姓名',
      },
      invalidMember: '只能选择本企业在职的人员',
      invalidPartner: '只能选择该客户的联系人',
      reminder: {
        dueTomorrowTitle: '实施任务明天到期',
        dueTomorrowBody: '{{project}}：「{{task}}」明天（{{date}}）到期，请按时完成并上传凭证。',
        overdueTitle: '实施任务已逾期',
        overdueBody: '{{project}}：「{{task}}」已于 {{date}} 到期仍未完成，请尽快处理或登记阻塞原因。',
        blockerTitle: '实施任务受阻',
        blockerBody: '{{project}}：{{person}} 登记「{{task}}」受阻：{{reason}}',
        open: '查看项目',
      },
      share: {
        title: '{{customer}} 实施进度',
        body: '点击查看贵司项目的阶段与进度（链接 {{date}} 前有效）。',
      },
      importSheets: {
        phases: '阶段',
        tasks: '任务',
      },
    },
  },
};
