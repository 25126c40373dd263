/** Which role a platform department or person gets at each sign-in; admins manage it per connection. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { authorize } from '@server/core/policy';
import type { Role } from '@shared/domain/roles';
import type { RoleMapping, roleMappingCreate } from '@shared/schemas/platform';
import type { z } from 'zod';
import { canManageConnections } from './policy';
import { deleteRoleMapping, findConnection, listRoleMappingRows, upsertRoleMapping } from './repo';

export async function listRoleMappings(tdb: TenantDb, actor: Actor, connectionId: string) {
  await manageableConnection(tdb, actor, connectionId);
  const rows = await listRoleMappingRows(tdb, connectionId);
  const items: RoleMapping[] = rows.map((row) => ({
    id: row.id,
    subject: row.subject as RoleMapping['subject'],
    externalId: row.external_id,
    name: row.external_name,
    role: row.role as Role,
    createdAt: row.created_at,
  }));
  return { items, nextCursor: null };
}

export async function mapRole(
  tdb: TenantDb,
  actor: Actor,
  connectionId: string,
  input: z.output<typeof roleMappingCreate>,
) {
  await manageableConnection(tdb, actor, connectionId);
  await tdb.transaction(async (tx) => {
    await upsertRoleMapping(tx, connectionId, input);
    await recordAudit(tx, actor, {
      action: 'connection.map_role',
      objectType: 'connection',
      objectId: connectionId,
      data: input,
    });
  });
  return listRoleMappings(tdb, actor, connectionId);
}

export async function unmapRole(tdb: TenantDb, actor: Actor, connectionId: string, mappingId: string) {
  await manageableConnection(tdb, actor, connectionId);
  if (!(await deleteRoleMapping(tdb, connectionId, mappingId))) throw notFound();
  await recordAudit(tdb, actor, {
    action: 'connection.unmap_role',
    objectType: 'connection',
    objectId: connectionId,
  });
}

async function manageableConnection(tdb: TenantDb, actor: Actor, connectionId: string): Promise<void> {
  authorize(canManageConnections(actor));
  if (!(await findConnection(tdb, connectionId))) throw notFound();
}
