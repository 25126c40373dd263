/** English texts where features meet: requirements and implementation on the visit timeline and brief, go-live marks. */
import type { zhCNLinksUi } from './zh-CN.links';

export const enLinksUi: typeof zhCNLinksUi = {
  links: {
    brief: {
      openRequirements: 'Open requirements ({{count}}):',
      requirementLine: '· {{title}} ({{status}}) {{goLive}}',
      goLiveMark: '· must ship for go-live',
      projectLine: 'Implementation: {{name}} · {{health}} · {{progress}}% done',
    },
    timeline: {
      requirement: 'Requirement',
      project: 'Implementation',
      progress: '{{progress}}% done',
    },
    goLive: {
      label: 'Must ship for go-live',
      of: '{{name}} must have it for go-live',
      hint: 'The customer cannot go live without it; it becomes an acceptance item of their project',
      on: 'Marked as must ship for go-live',
      off: 'No longer must ship for go-live',
    },
    signOff: {
      title: 'Go-live requirements to confirm at sign-off',
      empty: 'No go-live requirements',
    },
    people: { none: 'Nobody by that name' },
  },
};
