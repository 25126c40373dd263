/** What the tab offers before any project is loaded; the server decides again (and projects carry `can`). */
import type { Role } from '@shared/domain/roles';

const starters: readonly Role[] = ['admin', 'manager', 'pm', 'implementer'];

export function canStartProject(role: Role): boolean {
  return starters.includes(role);
}

/** People who oversee delivery see every project on the 实施 tab, not only the ones they work on. */
export function overseesAllProjects(role: Role): boolean {
  return role === 'admin' || role === 'manager' || role === 'pm';
}

/** Template screens are for the people who write the standard. */
export function canManageTemplates(role: Role): boolean {
  return role === 'admin' || role === 'pm';
}
