/**
 * The customer's no-login status page: a link given out by the project's people (links-service.ts) opens that
 * customer's projects' phases and progress — and nothing of any other customer.
 */
import { type RootDb, TenantDb } from '@server/core/db';
import { findStatusLinkByTokenHash } from '@server/core/db/unscoped';
import { AppError, notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { localDateOf } from '@shared/domain/clock';
import type { StatusPage } from '@shared/schemas/implementation-sharing';
import { customerSummaries } from '../../customers/service';
import { requirementsFor } from '../acceptance';
import { loadCustomerProjects } from '../projects/loader';
import { findDecisionMaker } from '../projects/lookups';
import { presentStatusProject } from './present';
import { hashToken, isTokenShaped } from './token';

/** Whose status page a token opens; anything that is not a live link answers 404, a revoked or expired one 410. */
async function openStatusLink(
  db: RootDb,
  token: string,
): Promise<{ tenantId: string; customerId: string; expiresAt: string }> {
  if (!isTokenShaped(token)) throw notFound();
  const link = await findStatusLinkByTokenHash(db, hashToken(token));
  if (!link) throw notFound();
  if (link.revokedAt) throw new AppError('LINK_REVOKED');
  if (link.expiresAt <= nowIso()) throw new AppError('LINK_EXPIRED');
  return link;
}

/** An unknown token answers 404 like a page that does not exist; a revoked or expired one says so (410). */
export async function statusPageFor(db: RootDb, token: string): Promise<StatusPage> {
  const link = await openStatusLink(db, token);
  const tdb = new TenantDb(db, link.tenantId);
  const [customer] = await customerSummaries(tdb, [link.customerId]);
  if (!customer) throw notFound();
  const today = localDateOf(nowIso());
  const [bundles, decisionMaker] = await Promise.all([
    loadCustomerProjects(tdb, customer.id, ['active', 'accepted']),
    findDecisionMaker(tdb, customer.id),
  ]);
  return {
    customerName: customer.name,
    expiresAt: link.expiresAt,
    projects: bundles.map((bundle) => presentStatusProject(bundle, today, decisionMaker ?? null)),
    requirements: await requirementsFor(tdb, customer.id),
  };
}
