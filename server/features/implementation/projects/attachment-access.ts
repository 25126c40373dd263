/** Evidence photos and signatures are readable by whoever may see the task's project. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { loadProjectAccess } from './loader';
import { canSeeProject } from './policy';
import { findProject } from './repo';
import { findTaskProjectId } from './tasks-repo';

export async function canReadTaskAttachment(tdb: TenantDb, actor: Actor, taskId: string): Promise<boolean> {
  const projectId = await findTaskProjectId(tdb, taskId);
  const row = projectId && (await findProject(tdb, projectId));
  return row ? canSeeProject(actor, await loadProjectAccess(tdb, row)) : false;
}
