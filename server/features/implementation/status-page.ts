/**
 * The customer's no-login status page: a signed, expiring link (HMAC over tenant, customer and expiry; nothing
 * stored) opens that customer's projects' phases and progress — and nothing of any other customer.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import { type RootDb, TenantDb } from '@server/core/db';
import { notFound } from '@server/core/errors';
import { nowIso } from '@server/core/ids';
import { authorize } from '@server/core/policy';
import { localDateOf } from '@shared/domain/clock';
import { progressOf } from '@shared/domain/implementation/health';
import type { ShareLink, StatusPage } from '@shared/schemas/implementation';
import { requirementsFor } from './acceptance';
import { loadBundles } from './bundle';
import { canUpdateProject } from './policy';
import { findCustomerNames, findProjects } from './projects-repo';
import { accessOf, type ProjectBundle, phaseFigures } from './view';

interface StatusClaims {
  tenantId: string;
  customerId: string;
  /** Epoch seconds. */
  expires: number;
}

const keyFor = (secretsKey: string) =>
  createHmac('sha256', secretsKey).update('implementation-status-page').digest();

const mac = (secretsKey: string, payload: string) =>
  createHmac('sha256', keyFor(secretsKey)).update(payload).digest('base64url');

export function signStatusToken(secretsKey: string, claims: StatusClaims): string {
  const payload = Buffer.from(JSON.stringify([claims.tenantId, claims.customerId, claims.expires])).toString(
    'base64url',
  );
  return `${payload}.${mac(secretsKey, payload)}`;
}

/** The claims of a genuine, unexpired token; anything else is null. */
export function readStatusToken(secretsKey: string, token: string, now = Date.now()): StatusClaims | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(mac(secretsKey, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const [tenantId, customerId, expires] = JSON.parse(
      Buffer.from(payload, 'base64url').toString('utf8'),
    ) as [string, string, number];
    if (typeof expires !== 'number' || expires * 1000 <= now) return null;
    return { tenantId, customerId, expires };
  } catch {
    return null;
  }
}

export async function shareProject(
  tdb: TenantDb,
  actor: Actor,
  bundle: ProjectBundle,
  options: { days: number; secretsKey: string; publicUrl: string },
): Promise<ShareLink> {
  authorize(canUpdateProject(actor, accessOf(bundle)));
  const expires = Math.floor(Date.now() / 1000) + options.days * 86_400;
  const token = signStatusToken(options.secretsKey, {
    tenantId: tdb.tenantId,
    customerId: bundle.row.customer_id,
    expires,
  });
  await recordAudit(tdb, actor, {
    action: 'project.share',
    objectType: 'project',
    objectId: bundle.row.id,
    data: { days: options.days },
  });
  return {
    token,
    url: `${options.publicUrl}/status/${token}`,
    expiresAt: new Date(expires * 1000).toISOString(),
  };
}

function presentStatusProject(bundle: ProjectBundle, today: string): StatusPage['projects'][number] {
  const figures = phaseFigures(bundle, today);
  return {
    name: bundle.row.name,
    startDate: bundle.row.start_date,
    goLiveTarget: bundle.row.go_live_target,
    health: figures.health.health,
    progress: figures.progress,
    phases: figures.phases.map((p) => ({
      name: p.phase.name,
      startDate: p.phase.start_date,
      dueDate: p.phase.due_date,
      health: p.health.health,
      progress: progressOf(p.doneCount, p.taskCount),
      doneCount: p.doneCount,
      taskCount: p.taskCount,
    })),
  };
}

/** A forged, expired or dangling token answers 404, like a page that does not exist. */
export async function statusPageFor(db: RootDb, secretsKey: string, token: string): Promise<StatusPage> {
  const claims = readStatusToken(secretsKey, token);
  if (!claims) throw notFound();
  const tdb = new TenantDb(db, claims.tenantId);
  const [customer] = await findCustomerNames(tdb, [claims.customerId]);
  if (!customer) throw notFound();
  const rows = [
    ...(await findProjects(tdb, { status: 'active', customerId: customer.id })),
    ...(await findProjects(tdb, { status: 'accepted', customerId: customer.id })),
  ];
  const today = localDateOf(nowIso());
  const bundles = await loadBundles(tdb, rows);
  return {
    customerName: customer.name,
    expiresAt: new Date(claims.expires * 1000).toISOString(),
    projects: bundles.map((bundle) => presentStatusProject(bundle, today)),
    requirements: await requirementsFor(tdb, customer.id),
  };
}
