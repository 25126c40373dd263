/**
 * Status-page links: whoever runs a project gives one to the customer; its owner and admins list and revoke them.
 * A link is a random token shown once; only its SHA-256 is stored (like sessions), so no key can forge one, links
 * survive restarts, and a revoked or expired link stops opening at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { RootDb, TenantDb } from '@server/core/db';
import { findStatusLinkByTokenHash } from '@server/core/db/unscoped';
import { AppError, notFound } from '@server/core/errors';
import { newId, nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import type { ShareLink, StatusLink, StatusLinkList } from '@shared/schemas/implementation';
import { namesOf } from '../users/service';
import { canManageStatusLinks, canUpdateProject } from './policy';
import {
  findStatusLink,
  findStatusLinks,
  insertStatusLink,
  markStatusLinkRevoked,
  type StatusLinkRow,
} from './status-links-repo';
import { accessOf, type ProjectBundle } from './view';

/** Where a token appears in a path; the access log writes these paths without it. */
export const statusTokenPaths = ['/status/', '/api/v1/status/'] as const;

const tokenShape = /^st_[\w-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function shareProject(
  tdb: TenantDb,
  actor: Actor,
  bundle: ProjectBundle,
  options: { days: number; publicUrl: string },
): Promise<ShareLink> {
  authorize(canUpdateProject(actor, accessOf(bundle)));
  const token = `st_${randomBytes(32).toString('base64url')}`;
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

/** Whose status page a token opens; anything that is not a live link answers 404, a revoked or expired one 410. */
export async function openStatusLink(
  db: RootDb,
  token: string,
): Promise<{ tenantId: string; customerId: string; expiresAt: string }> {
  if (!tokenShape.test(token)) throw notFound();
  const link = await findStatusLinkByTokenHash(db, hashToken(token));
  if (!link) throw notFound();
  if (link.revokedAt) throw new AppError('LINK_REVOKED');
  if (link.expiresAt <= nowIso()) throw new AppError('LINK_EXPIRED');
  return link;
}

function presentStatusLink(
  row: Pick<StatusLinkRow, 'id' | 'created_by' | 'created_at' | 'expires_at' | 'revoked_at'>,
  names: ReadonlyMap<string, string>,
  now: string,
): StatusLink {
  return {
    id: row.id,
    createdAt: row.created_at,
    createdBy: { id: row.created_by, name: names.get(row.created_by) ?? '' },
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    state: row.revoked_at ? 'revoked' : row.expires_at <= now ? 'expired' : 'active',
  };
}
