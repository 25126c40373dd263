/** Status-page links: whoever runs a project gives one to the customer; its owner and admins list and revoke them. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { ShareLink, StatusLink, StatusLinkList } from '@shared/schemas/implementation-sharing';
import { namesOf } from '../../users/service';
import { accessOf, type ProjectBundle } from '../projects/loader';
import { canManageStatusLinks, canUpdateProject } from '../projects/policy';
import { findStatusLink, findStatusLinks, insertStatusLink, markStatusLinkRevoked } from './links-repo';
import { presentStatusLink } from './present';
import { hashToken, newToken } from './token';

export async function shareProject(
  tdb: TenantDb,
  actor: Actor,
  bundle: ProjectBundle,
  options: { days: number; publicUrl: string },
): Promise<ShareLink> {
  authorize(canUpdateProject(actor, accessOf(bundle)));
  const token = newToken();
  const id = newId();
  const createdAt = nowIso();
  const expiresAt = new Date(Date.parse(createdAt) + options.days * 86_400_000).toISOString();
  await tdb.transaction(async (tx) => {
    await insertStatusLink(tx, {
      id,
      projectId: bundle.row.id,
      customerId: bundle.row.customer_id,
      tokenHash: hashToken(token),
      createdBy: actor.userId,
      createdAt,
      expiresAt,
    });
    await recordAudit(tx, actor, {
      action: 'project.share',
      objectType: 'project',
      objectId: bundle.row.id,
      data: { days: options.days, linkId: id },
    });
  });
  return { id, token, url: `${options.publicUrl}/status/${token}`, expiresAt };
}

export async function listStatusLinks(
  tdb: TenantDb,
  actor: Actor,
  bundle: ProjectBundle,
): Promise<StatusLinkList> {
  authorize(canManageStatusLinks(actor, accessOf(bundle)));
  const rows = await findStatusLinks(tdb, bundle.row.id);
  const names = await namesOf(
    tdb,
    rows.map((row) => row.created_by),
  );
  const now = nowIso();
  return { items: rows.map((row) => presentStatusLink(row, names, now)) };
}

export async function revokeStatusLink(
  tdb: TenantDb,
  actor: Actor,
  bundle: ProjectBundle,
  linkId: string,
): Promise<StatusLink> {
  authorize(canManageStatusLinks(actor, accessOf(bundle)));
  const link = await tdb.transaction(async (tx) => {
    if (!(await findStatusLink(tx, bundle.row.id, linkId))) throw notFound();
    if (await markStatusLinkRevoked(tx, linkId, { at: nowIso(), by: actor.userId })) {
      await recordAudit(tx, actor, {
        action: 'project.status_link.revoke',
        objectType: 'project',
        objectId: bundle.row.id,
        data: { linkId },
      });
    }
    return findStatusLink(tx, bundle.row.id, linkId);
  });
  if (!link) throw notFound();
  return presentStatusLink(link, await namesOf(tdb, [link.created_by]), nowIso());
}
