/** 简体中文 texts where features meet: requirements and implementation on the visit timeline and brief, go-live marks. */
export const zhCNLinksUi = {
  links: {
    brief: {
      openRequirements: '未结需求 {{count}} 条：',
      requirementLine: '· {{title}}（{{status}}）{{goLive}}',
      goLiveMark: '· 上线必需',
      projectLine: '实施项目：{{name}} · {{health}} · 进度 {{progress}}%',
    },
    timeline: {
      requirement: '需求',
      project: '实施',
      progress: '进度 {{progress}}%',
    },
    goLive: {
      label: '上线必需',
      of: '{{name}} 上线必需',
      hint: '客户上线必须交付，会列入实施项目的验收项',
      on: '已标为上线必需',
      off: '已取消上线必需',
    },
    signOff: {
      title: '验收时需确认的上线必需需求',
      empty: '暂无上线必需需求',
    },
    people: { none: '没有找到这个人' },
  },
};
