/**
 * The few reads and writes that happen before a tenant is known or across tenants: resolving a session,
 * creating a tenant, listing the demo directory, health. Everything else goes through TenantDb.
 */
import { type CompiledQuery, sql } from 'kysely';
import type { RootDb } from './connection';

export interface SessionRow {
  sessionId: string;
  tenantId: string;
  userId: string;
  expiresAt: string;
  revokedAt: string | null;
  role: string;
  active: number;
}

export function findSessionByTokenHash(db: RootDb, tokenHash: string): Promise<SessionRow | undefined> {
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

/** Every tenant's sign-outs, deactivations and role changes since `since`, for the instances' session caches. */
export function findSessionChangesSince(db: RootDb, since: string) {
  return db
    .selectFrom('session_changes')
    .select(['tenant_id as tenantId', 'user_id as userId', 'session_id as sessionId'])
    .where('changed_at', '>', since)
    .execute();
}

const dataVersionQueries = new WeakMap<RootDb, CompiledQuery<{ version: number }>>();

/**
 * The tenant's data version (migration 0025): it moves whenever any of the tenant's rows changes, on any instance.
 * Asked before every kept answer, so the query is built once per database and only its parameter changes.
 */
export async function findDataVersion(db: RootDb, tenantId: string): Promise<number> {
  let query = dataVersionQueries.get(db);
  if (!query) {
    query = db.selectFrom('tenant_data_versions').select('version').where('tenant_id', '=', '').compile();
    dataVersionQueries.set(db, query);
  }
  const { rows } = await db.executeQuery<{ version: number }>({ ...query, parameters: [tenantId] });
  return rows[0]?.version ?? 0;
}

export function findTenant(db: RootDb, tenantId: string) {
  return db.selectFrom('tenants').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

export async function insertTenant(
  db: RootDb,
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

export async function listDemoDirectory(db: RootDb) {
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

export async function hasDemoTenant(db: RootDb): Promise<boolean> {
  const row = await db.selectFrom('tenants').select('tenant_id').where('is_demo', '=', 1).executeTakeFirst();
  return row !== undefined;
}

export async function ping(db: RootDb): Promise<void> {
  await sql`select 1`.execute(db);
}

/** Which tenant's connection a platform sign-in or callback belongs to. */
export function findConnectionByExternalKey(
  db: RootDb,
  platform: string,
  externalKey: string,
  agentId: string,
) {
  return db
    .selectFrom('platform_connections')
    .select(['id', 'tenant_id as tenantId', 'enabled'])
    .where('platform', '=', platform)
    .where('external_key', '=', externalKey)
    .where('agent_id', '=', agentId)
    .executeTakeFirst();
}

export function findConnectionTenant(db: RootDb, connectionId: string) {
  return db
    .selectFrom('platform_connections')
    .select(['id', 'tenant_id as tenantId'])
    .where('id', '=', connectionId)
    .executeTakeFirst();
}

export function listPlatformConnectionsOverview(db: RootDb) {
  return db
    .selectFrom('platform_connections')
    .select(['platform', 'external_key as externalKey', 'agent_id as agentId', 'tenant_id as tenantId'])
    .where('enabled', '=', 1)
    .execute();
}

export function findSignInLink(db: RootDb, tokenHash: string) {
  return db.selectFrom('sign_in_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** A status-page link by its token's hash: the page has no sign-in, so the link itself names the tenant. */
export function findStatusLinkByTokenHash(db: RootDb, tokenHash: string) {
  return db
    .selectFrom('impl_status_links')
    .select([
      'tenant_id as tenantId',
      'customer_id as customerId',
      'expires_at as expiresAt',
      'revoked_at as revokedAt',
    ])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Signed content URLs carry only the attachment id; this finds whose it is after the signature checked out. */
export function findAttachmentForContent(db: RootDb, attachmentId: string) {
  return db
    .selectFrom('attachments')
    .select(['tenant_id as tenantId', 'sha256', 'mime', 'size', 'storage_key as storageKey'])
    .where('id', '=', attachmentId)
    .executeTakeFirst();
}

/** Tenants with open implementation tasks due on or before `date` (the reminder sweep visits only these). */
export async function findTenantsWithOpenTasksDueBy(db: RootDb, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('impl_tasks')
    .select('tenant_id')
    .distinct()
    .where('done_at', 'is', null)
    .where('removed_at', 'is', null)
    .where('due_date', '<=', date)
    .execute();
  return rows.map((row) => row.tenant_id);
}

/** Tenants with an unfulfilled promise due before `date`, for the overdue-commitments sweep. */
export async function findTenantsWithCommitmentsDueBefore(db: RootDb, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('requirement_commitments')
    .select('tenant_id')
    .distinct()
    .where('fulfilled_at', 'is', null)
    .where('due_date', '<', date)
    .execute();
  return rows.map((row) => row.tenant_id);
}

/** Tenants with visits on a local day in `column`: the one cross-tenant read, so sweeps can go tenant by tenant. */
export async function findTenantsWithVisitsOn(
  db: RootDb,
  column: 'follow_up_at' | 'visited_on',
  day: string,
): Promise<string[]> {
  const rows = await db.selectFrom('visits').select('tenant_id').distinct().where(column, '=', day).execute();
  return rows.map((row) => row.tenant_id);
}

export interface ApiTokenCredentialRow {
  tokenId: string;
  tenantId: string;
  userId: string;
  scope: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  role: string;
  active: number;
}

/** The API token with this secret's hash and the standing of the admin who made it (before a tenant is known). */
export function findApiTokenByHash(
  db: RootDb,
  tokenHash: string,
): Promise<ApiTokenCredentialRow | undefined> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', (join) =>
      join
        .onRef('users.id', '=', 'api_tokens.created_by')
        .onRef('users.tenant_id', '=', 'api_tokens.tenant_id'),
    )
    .where('api_tokens.token_hash', '=', tokenHash)
    .select([
      'api_tokens.id as tokenId',
      'api_tokens.tenant_id as tenantId',
      'api_tokens.created_by as userId',
      'api_tokens.scope as scope',
      'api_tokens.expires_at as expiresAt',
      'api_tokens.last_used_at as lastUsedAt',
      'api_tokens.revoked_at as revokedAt',
      'users.role as role',
      'users.active as active',
    ])
    .executeTakeFirst();
}
