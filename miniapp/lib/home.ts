/** Where a person starts: PMs and admins at a desk land on the requirement desk, everyone else on the phone tabs. */
import type { Role } from '@shared/domain/roles';

export const deskPath = '/desk/requirements';

/** The roles whose daily work is the desk: triage, merges, decisions, settings. */
const deskRoles: ReadonlySet<Role> = new Set(['pm', 'admin']);

export function isDeskRole(role: Role): boolean {
  return deskRoles.has(role);
}

/** A desktop client or a browser window wide enough for the desk's table and preview. */
export function isWideScreen(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 1024px)').matches;
}

export function homePathOf(role: Role | undefined, options: { isWide: boolean }): string {
  return role && options.isWide && isDeskRole(role) ? deskPath : '/customers';
}
