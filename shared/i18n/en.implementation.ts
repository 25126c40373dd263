/** English texts of the implementation screens. */
import type { zhCNImplementationUi } from './zh-CN.implementation';

export const enImplementationUi: typeof zhCNImplementationUi = {
  implementation: {
    messages: {
      evidence: {
        photo: 'This task needs a photo from site',
        file: 'This task needs a file',
        note: 'This task needs a note',
        signoff: "This task needs the customer's handwritten signature and the signer's name",
      },
      invalidMember: 'Choose active people of your organisation',
      invalidPartner: "Choose this customer's contacts",
      reminder: {
        dueTomorrowTitle: 'Implementation task due tomorrow',
        dueTomorrowBody:
          '{{project}}: "{{task}}" is due tomorrow ({{date}}); finish it and add its evidence.',
        overdueTitle: 'Implementation task overdue',
        overdueBody:
          '{{project}}: "{{task}}" was due on {{date}} and is not done; finish it or record what blocks it.',
        blockerTitle: 'Implementation task blocked',
        blockerBody: '{{project}}: {{person}} reports "{{task}}" is blocked: {{reason}}',
        open: 'Open project',
      },
      share: {
        title: '{{customer}} implementation status',
        body: "Open to see your project's phases and progress (link valid until {{date}}).",
      },
      importSheets: {
        phases: 'Phases',
        tasks: 'Tasks',
      },
    },
  },
};
