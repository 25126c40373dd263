/**
 * Which projects the 实施 tab lists: people who oversee delivery start from every project, the others from the ones
 * they work on. A choice of view, not a permission: the server decides what each person may see.
 */
import type { Role } from '@shared/domain/roles';

const overseers: ReadonlySet<Role> = new Set(['admin', 'manager', 'pm']);

export function homeProjectScope(role: Role): 'all' | 'mine' {
  return overseers.has(role) ? 'all' : 'mine';
}
