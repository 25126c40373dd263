/**
 * 免登: a platform's single-use code → the person → a Fieldloop session in the tenant that connected that app. The
 * connection's role mappings apply at every sign-in, except to a person whose role an admin set by hand.
 */
import type { Config } from '@server/config';
import { type RootDb, TenantDb } from '@server/core/db';
import { findConnectionByExternalKey, findTenant } from '@server/core/db/unscoped';
import { AppError } from '@server/core/errors';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { withAppToken } from '@server/platforms/tokens';
import type { PlatformProfile } from '@server/platforms/types';
import type { Platform } from '@shared/domain/platforms';
import { type Role, roles } from '@shared/domain/roles';
import type { Session } from '@shared/schemas/auth';
import type { SignInCodeKind } from '@shared/schemas/platform';
import { sessionFor } from '../auth/service';
import { personForPlatformIdentity } from '../users/service';
import { asAppError, connectedClient } from './connections';
import { findMappedRoles } from './repo';

export interface PlatformSignIn {
  platform: Platform;
  /** DingTalk/WeCom corpId, Feishu appId. */
  externalKey: string;
  /** WeCom agentId; '' elsewhere. */
  agentId: string;
  code: string;
  codeKind: SignInCodeKind;
}

export async function signInWithPlatform(
  db: RootDb,
  runtime: PlatformRuntime,
  config: Pick<Config, 'sessionTtlHours'>,
  input: PlatformSignIn,
): Promise<Session> {
  const found = await findConnectionByExternalKey(db, input.platform, input.externalKey, input.agentId);
  if (found?.enabled !== 1) throw new AppError('ORG_NOT_CONNECTED');
  const tdb = new TenantDb(db, found.tenantId);
  const { row, client } = await connectedClient(tdb, runtime, found.id);
  const profile = await withAppToken(runtime.tokens, tdb, { id: row.id, client }, (token) =>
    client.exchangeCode(token, input.code, input.codeKind),
  ).catch((error: unknown) => {
    throw asAppError(error);
  });
  const defaultRole = await tenantDefaultRole(db, tdb.tenantId);
  const person = await tdb.transaction(async (tx) =>
    personForPlatformIdentity(
      tx,
      { ...profile, connectionId: row.id, platform: input.platform, department: null },
      { mapped: await mappedRole(tx, row.id, profile), fallback: defaultRole },
    ),
  );
  if (!person.active) throw new AppError('FORBIDDEN');
  return sessionFor(db, tdb, { userId: person.id, method: input.platform, ttlHours: config.sessionTtlHours });
}

/** Most privileged first, so a person in two mapped departments gets the larger role. */
const rolePrecedence: readonly Role[] = ['admin', 'manager', 'pm', 'implementer', 'sales'];

/**
 * A person mapping wins over the strongest department mapping; with neither, someone the platform names as the
 * organisation's administrator is an admin here too. Null when nothing applies to the person.
 */
async function mappedRole(
  tx: TenantDb,
  connectionId: string,
  profile: PlatformProfile,
): Promise<Role | null> {
  const mappings = await findMappedRoles(tx, connectionId, profile.externalId, profile.departmentIds);
  const direct = mappings.find((mapping) => mapping.subject === 'user');
  if (direct) return direct.role as Role;
  const strongest = rolePrecedence.find((role) => mappings.some((mapping) => mapping.role === role));
  return strongest ?? (profile.isOrgAdmin ? 'admin' : null);
}

/** Read before the transaction: on SQLite a query outside an open transaction would wait for it forever. */
async function tenantDefaultRole(db: RootDb, tenantId: string): Promise<Role> {
  const tenant = await findTenant(db, tenantId);
  const configured = (JSON.parse(tenant?.settings ?? '{}') as { defaultRole?: string }).defaultRole;
  return (roles as readonly string[]).includes(configured ?? '') ? (configured as Role) : 'sales';
}
