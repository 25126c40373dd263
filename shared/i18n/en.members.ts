/** English texts of Members (admins). */
import type { zhCNMembersUi } from './zh-CN.members';

export const enMembersUi: typeof zhCNMembersUi = {
  members: {
    title: 'Members',
    entryHint: 'See everyone’s role, department and platform identities; change a role or deactivate',
    search: 'Search by name',
    status: { all: 'All', active: 'Active', deactivated: 'Deactivated' },
    statusLabel: 'Member status',
    roleSource: { default: 'Default role', mapping: 'From a mapping', manual: 'Set by hand' },
    deactivated: 'Deactivated',
    noDepartment: 'No department',
    noIdentity: 'No platform identity (demo or added by an admin)',
    you: '(you)',
    changeRole: 'Change role',
    changeRoleTitle: 'Change the role of “{{name}}”',
    roleNote: 'Takes effect at once; role mappings no longer change this person’s role when they sign in.',
    roleChanged: '{{name}} is now {{role}}',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    deactivateConfirm: '{{name}} will be signed out at once and cannot sign in again. Deactivate?',
    deactivatedToast: '{{name}} deactivated',
    reactivatedToast: '{{name}} reactivated',
    emptyTitle: 'No members found',
    emptyBody: 'Try another name, or switch the status above.',
  },
};
