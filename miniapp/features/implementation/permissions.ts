/** What the tab offers before any project is loaded; the server decides again (and projects carry `can`). */
import type { Role } from '@shared/domain/roles';

const starters: readonly Role[] = ['admin', 'manager', 'pm', 'implementer'];

export function canStartProject(role: Role): boolean {
  return starters.includes(role);
}

/** Template screens are for the people who write the standard. */
export function canManageTemplates(role: Role): boolean {
  return role === 'admin' || role === 'pm';
}
