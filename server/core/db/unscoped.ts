/**
 * The few reads and writes that happen before a tenant is known or across tenants: resolving a session,
 * creating a tenant, listing the demo directory, health. Everything else goes through TenantDb.
 */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './schema';

export interface SessionRow {
  sessionId: string;
  tenantId: string;
  userId: string;
  expiresAt: string;
  revokedAt: string | null;
  role: string;
  active: number;
}

export function findSessionByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', (join) =>
      join.onRef('users.id', '=', 'sessions.user_id').onRef('users.tenant_id', '=', 'sessions.tenant_id'),
    )
    .where('sessions.token_hash', '=', tokenHash)
    .select([
      'sessions.id as sessionId',
      'sessions.tenant_id as tenantId',
      'sessions.user_id as userId',
      'sessions.expires_at as expiresAt',
      'sessions.revoked_at as revokedAt',
      'users.role as role',
      'users.active as active',
    ])
    .executeTakeFirst();
}

export function findTenant(db: Kysely<Database>, tenantId: string) {
  return db.selectFrom('tenants').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

export async function insertTenant(
  db: Kysely<Database>,
  tenant: { tenantId: string; name: string; isDemo: boolean; createdAt: string },
): Promise<void> {
  await db
    .insertInto('tenants')
    .values({
      tenant_id: tenant.tenantId,
      name: tenant.name,
      is_demo: tenant.isDemo ? 1 : 0,
      settings: '{}',
      created_at: tenant.createdAt,
    })
    .execute();
}

export async function listDemoDirectory(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('tenants')
    .innerJoin('users', 'users.tenant_id', 'tenants.tenant_id')
    .where('tenants.is_demo', '=', 1)
    .where('users.active', '=', 1)
    .select([
      'tenants.tenant_id as tenantId',
      'tenants.name as tenantName',
      'users.id',
      'users.name',
      'users.role',
    ])
    .orderBy('tenants.created_at')
    .orderBy('tenants.tenant_id')
    .orderBy('users.created_at')
    .orderBy('users.id')
    .execute();
  return rows;
}

export async function hasDemoTenant(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('tenants').select('tenant_id').where('is_demo', '=', 1).executeTakeFirst();
  return row !== undefined;
}

export async function ping(db: Kysely<Database>): Promise<void> {
  await sql`select 1`.execute(db);
}
