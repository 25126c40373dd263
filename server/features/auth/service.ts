/** Demo sign-in, the current person, and sessionFor(), where every sign-in method ends. */
import type { Config } from '@server/config';
import type { Actor } from '@server/core/auth/actor';
import { issueSession, type LoginMethod, resolveSession, revokeSession } from '@server/core/auth/sessions';
import { type RootDb, TenantDb } from '@server/core/db';
import { findTenant, listDemoDirectory } from '@server/core/db/unscoped';
import { AppError } from '@server/core/errors';
import type { Role } from '@shared/domain/roles';
import type { DemoDirectory, Me, Session } from '@shared/schemas/auth';
import { getPerson } from '../users/service';
import { abilitiesOf } from './abilities';

export async function demoDirectory(db: RootDb): Promise<DemoDirectory> {
  const rows = await listDemoDirectory(db);
  const tenants = new Map<string, DemoDirectory['tenants'][number]>();
  for (const row of rows) {
    const tenant = tenants.get(row.tenantId) ?? { id: row.tenantId, name: row.tenantName, users: [] };
    tenant.users.push({ id: row.id, name: row.name, role: row.role as Role });
    tenants.set(row.tenantId, tenant);
  }
  return { tenants: [...tenants.values()] };
}

export async function demoLogin(
  db: RootDb,
  config: Pick<Config, 'sessionTtlHours'>,
  input: { tenantId: string; userId: string },
): Promise<Session> {
  const tenant = await findTenant(db, input.tenantId);
  if (tenant?.is_demo !== 1) throw new AppError('NOT_FOUND', { tenantId: 'errors.NOT_FOUND' });
  const tdb = new TenantDb(db, tenant.tenant_id);
  const person = await getPerson(tdb, input.userId);
  if (!person?.active) throw new AppError('NOT_FOUND', { userId: 'errors.NOT_FOUND' });
  return sessionFor(db, tdb, { userId: person.id, method: 'demo', ttlHours: config.sessionTtlHours });
}

/** Every sign-in method ends here: a new session and the person it belongs to. */
export async function sessionFor(
  db: RootDb,
  tdb: TenantDb,
  input: { userId: string; method: LoginMethod; ttlHours: number },
): Promise<Session> {
  const token = await issueSession(tdb, input);
  const actor = await resolveSession(db, token);
  if (!actor) throw new AppError('SESSION_INVALID');
  return { token, user: await describe(db, tdb, actor) };
}

export async function currentUser(db: RootDb, tdb: TenantDb, actor: Actor): Promise<Me> {
  return describe(db, tdb, actor);
}

/** Ends the session; a request made with an API token has none to end (revoking the token is an admin's act). */
export async function signOut(tdb: TenantDb, actor: Actor): Promise<void> {
  if (actor.sessionId) await revokeSession(tdb, { id: actor.sessionId, userId: actor.userId });
}

async function describe(db: RootDb, tdb: TenantDb, actor: Actor): Promise<Me> {
  const [person, tenant] = await Promise.all([getPerson(tdb, actor.userId), findTenant(db, tdb.tenantId)]);
  if (!person || !tenant) throw new AppError('SESSION_INVALID');
  return {
    id: person.id,
    name: person.name,
    role: person.role,
    avatarUrl: person.avatarUrl,
    department: person.department,
    tenant: { id: tenant.tenant_id, name: tenant.name },
    can: abilitiesOf({ ...actor, role: person.role }),
  };
}
