/** Who may do what with projects and tasks; the API answers `can` from these so the phone never guesses. */
import type { Actor } from '@server/core/auth/actor';
import { hasRole } from '@server/core/policy';
import type { Role } from '@shared/domain/roles';

export const canCreateProject = (actor: Actor): boolean =>
  hasRole(actor, 'admin', 'manager', 'pm', 'implementer');

/** Who can own a project. */
export const projectOwnerRoles: readonly Role[] = ['admin', 'manager', 'pm', 'implementer'];
/** Who can be an implementer on a project or be assigned a task. */
export const memberRoles: readonly Role[] = ['admin', 'manager', 'pm', 'implementer', 'sales'];

export interface ProjectAccess {
  ownerId: string;
  memberIds: readonly string[];
  /** The owner of the project's customer (a sales rep sees the projects of their own accounts). */
  customerOwnerId: string;
}

/** Sales reps see the projects of their own customers and ones they work on; everyone else sees all. */
export const canSeeProject = (actor: Actor, project: ProjectAccess): boolean =>
  actor.role !== 'sales' ||
  project.customerOwnerId === actor.userId ||
  project.ownerId === actor.userId ||
  project.memberIds.includes(actor.userId);

export const canUpdateProject = (actor: Actor, project: ProjectAccess): boolean =>
  hasRole(actor, 'admin', 'manager', 'pm') || project.ownerId === actor.userId;

/** Links already in the customer's hands: the project's owner and admins see and revoke them. */
export const canManageStatusLinks = (actor: Actor, project: ProjectAccess): boolean =>
  hasRole(actor, 'admin') || project.ownerId === actor.userId;

const isMember = (actor: Actor, project: ProjectAccess): boolean =>
  canUpdateProject(actor, project) || project.memberIds.includes(actor.userId);

/** Ticking, evidence and blockers: the project's people and whoever the task is assigned to. */
export const canWorkOnTask = (actor: Actor, project: ProjectAccess, assigneeId: string | null): boolean =>
  isMember(actor, project) || assigneeId === actor.userId;

export const canAssignTask = (actor: Actor, project: ProjectAccess): boolean => isMember(actor, project);
