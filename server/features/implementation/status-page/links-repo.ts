/** SQL for the status-page links given out per project. */
import type { TenantDb } from '@server/core/db';

export type StatusLinkRow = NonNullable<Awaited<ReturnType<typeof findStatusLink>>>;

export async function insertStatusLink(
  tdb: TenantDb,
  link: {
    id: string;
    projectId: string;
    customerId: string;
    tokenHash: string;
    createdBy: string;
    createdAt: string;
    expiresAt: string;
  },
): Promise<void> {
  await tdb
    .insertInto('impl_status_links', {
      id: link.id,
      project_id: link.projectId,
      customer_id: link.customerId,
      token_hash: link.tokenHash,
      created_by: link.createdBy,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
      revoked_at: null,
      revoked_by: null,
    })
    .execute();
}

const linkColumns = ['id', 'created_by', 'created_at', 'expires_at', 'revoked_at'] as const;

export function findStatusLinks(tdb: TenantDb, projectId: string) {
  return tdb
    .selectFrom('impl_status_links')
    .select(linkColumns)
    .where('project_id', '=', projectId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function findStatusLink(tdb: TenantDb, projectId: string, linkId: string) {
  return tdb
    .selectFrom('impl_status_links')
    .select(linkColumns)
    .where('project_id', '=', projectId)
    .where('id', '=', linkId)
    .executeTakeFirst();
}

/** Revokes once: a link already revoked keeps its first revocation. */
export async function markStatusLinkRevoked(
  tdb: TenantDb,
  linkId: string,
  revoked: { at: string; by: string },
): Promise<boolean> {
  const result = await tdb
    .updateTable('impl_status_links')
    .set({ revoked_at: revoked.at, revoked_by: revoked.by })
    .where('id', '=', linkId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
