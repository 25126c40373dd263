/** What other features may ask about people: who someone is, and what they are called. */
import { recordSessionChange, sessionsChanged } from '@server/core/auth/sessions';
import type { TenantDb } from '@server/core/db';
import { newId, nowIso } from '@server/core/ids';
import type { Role } from '@shared/domain/roles';
import type { PeopleList, PeopleQuery, RoleSource } from '@shared/schemas/users';
import {
  deleteUnclaimedUser,
  findActiveUserIds,
  findActiveUsers,
  findActiveUsersWithRoles,
  findIdentitiesByConnection,
  findIdentitiesOf,
  findUser,
  findUserIdByIdentity,
  findUserIdByUnionId,
  findUserNames,
  findUsers,
  findUsersWithRole,
  insertIdentity,
  insertUsers,
  revokeSessionsOf,
  type UserRow,
  updateUserActive,
  updateUserProfile,
  updateUserRole,
  userIdsInDepartment,
} from './repo';

export interface Person {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  avatarUrl: string | null;
  department: string | null;
}

const personOf = (row: UserRow): Person => ({
  id: row.id,
  name: row.name,
  role: row.role as Role,
  active: row.active === 1,
  avatarUrl: row.avatar_url,
  department: row.department,
});

export async function getPerson(tdb: TenantDb, id: string): Promise<Person | null> {
  const row = await findUser(tdb, id);
  return row ? personOf(row) : null;
}

/** The people with these ids (departed ones included); unknown ids are skipped. */
export async function peopleByIds(tdb: TenantDb, ids: readonly string[]): Promise<Person[]> {
  return (await findUsers(tdb, ids)).map(personOf);
}

/** Everyone with this role, departed people included, by name. */
export async function peopleWithRole(tdb: TenantDb, role: Role): Promise<Person[]> {
  return (await findUsersWithRole(tdb, role)).map(personOf);
}

/** Active people with one of these roles, with their mobile and email (to recognise them in a spreadsheet). */
export async function activePeopleWithRoles(
  tdb: TenantDb,
  roles: readonly Role[],
): Promise<{ id: string; name: string; mobile: string | null; email: string | null }[]> {
  return findActiveUsersWithRoles(tdb, roles);
}

export const namesOf = findUserNames;

/** A subquery of the ids of a department's people, for SQL that filters by team. */
export const peopleInDepartment = userIdsInDepartment;

/** The platform identities of these people, oldest first, each with the connection it came through. */
export const identitiesOf = findIdentitiesOf;

/** Which of these ids name people who may still be picked (participants, owners): active ones of the tenant. */
export const activePersonIds = findActiveUserIds;

/** The directory a picker shows: who is still here, with enough to tell two 张伟 apart. */
export async function searchPeople(tdb: TenantDb, query: PeopleQuery): Promise<PeopleList> {
  const rows = await findActiveUsers(tdb, query.q, query.limit);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      role: row.role as Role,
      department: row.department,
    })),
  };
}

export interface NewPerson {
  name: string;
  role: Role;
  /** 'default' unless the role came from a platform mapping or an admin. */
  roleSource?: RoleSource;
  mobile?: string | null;
  email?: string | null;
  department?: string | null;
}

/** Adds people to the tenant; answers their new ids in the same order. */
export async function addPeople(tdb: TenantDb, people: NewPerson[], at: string): Promise<string[]> {
  const rows = people.map((person) => ({
    id: newId(),
    name: person.name,
    role: person.role,
    role_source: person.roleSource ?? 'default',
    deactivated_at: null,
    mobile: person.mobile ?? null,
    email: person.email ?? null,
    avatar_url: null,
    department: person.department ?? null,
    active: 1,
    created_at: at,
    updated_at: at,
  }));
  await insertUsers(tdb, rows);
  return rows.map((row) => row.id);
}

export interface PlatformPerson {
  /** The connection the person signed in through: their platform user id means something only inside it. */
  connectionId: string;
  platform: string;
  externalId: string;
  unionId: string | null;
  name: string;
  avatarUrl: string | null;
  mobile: string | null;
  email: string | null;
  department: string | null;
}

/** The role a platform sign-in offers: what the connection's role mappings say (null: none apply), else the default. */
export interface SignInRoles {
  mapped: Role | null;
  fallback: Role;
}

/**
 * The Fieldloop person behind a platform identity, in the caller's transaction: found by the identity, else linked
 * by union id to a person another connection of the platform already knows, else created with the mapped role (or
 * the default). A mapped role re-applies at every sign-in unless an admin set the role by hand; when no mapping
 * applies any more the person keeps their role. Name, avatar and contact details follow the platform on every
 * sign-in; what the platform does not grant (WeCom hides mobiles from newer apps) is kept rather than erased.
 */
export async function personForPlatformIdentity(
  tdb: TenantDb,
  identity: PlatformPerson,
  roles: SignInRoles,
): Promise<Person> {
  const now = nowIso();
  const key = { connectionId: identity.connectionId, externalId: identity.externalId };
  const userId =
    (await findUserIdByIdentity(tdb, key))?.user_id ?? (await claimIdentity(tdb, identity, roles, now));
  await applyMappedRole(tdb, userId, roles.mapped, now);
  await updateUserProfile(tdb, userId, {
    name: identity.name,
    updated_at: now,
    ...(identity.avatarUrl ? { avatar_url: identity.avatarUrl } : {}),
    ...(identity.mobile ? { mobile: identity.mobile } : {}),
    ...(identity.email ? { email: identity.email } : {}),
    ...(identity.department ? { department: identity.department } : {}),
  });
  const person = await getPerson(tdb, userId);
  if (!person) throw new Error('person vanished while signing in');
  return person;
}

/**
 * Insert-or-read, never check-then-insert: the identity is inserted under its unique key for the person it links
 * to (or one made for it). A transaction that loses the race to a concurrent first sign-in (on this or another
 * instance) removes the person it made and answers the winner's.
 */
async function claimIdentity(
  tdb: TenantDb,
  identity: PlatformPerson,
  roles: SignInRoles,
  now: string,
): Promise<string> {
  const linked = identity.unionId
    ? (await findUserIdByUnionId(tdb, identity.platform, identity.unionId))?.user_id
    : undefined;
  const [candidate = ''] = linked
    ? [linked]
    : await addPeople(
        tdb,
        [
          {
            ...identity,
            role: roles.mapped ?? roles.fallback,
            roleSource: roles.mapped ? 'mapping' : 'default',
          },
        ],
        now,
      );
  const claimed = await insertIdentity(tdb, {
    id: newId(),
    user_id: candidate,
    connection_id: identity.connectionId,
    platform: identity.platform,
    external_id: identity.externalId,
    union_id: identity.unionId,
    created_at: now,
  });
  if (claimed) return candidate;
  if (!linked) await deleteUnclaimedUser(tdb, candidate);
  const winner = await findUserIdByIdentity(tdb, {
    connectionId: identity.connectionId,
    externalId: identity.externalId,
  });
  if (!winner) throw new Error('identity vanished while signing in');
  return winner.user_id;
}

async function applyMappedRole(
  tdb: TenantDb,
  userId: string,
  mapped: Role | null,
  now: string,
): Promise<void> {
  if (!mapped) return;
  const row = await findUser(tdb, userId);
  if (!row || row.role_source === 'manual' || (row.role === mapped && row.role_source === 'mapping')) return;
  await tdb.transaction(async (tx) => {
    await updateUserRole(tx, userId, { role: mapped, role_source: 'mapping', updated_at: now });
    await recordSessionChange(tx, { userId });
  });
  sessionsChanged();
}

/** The Fieldloop person behind a platform identity of this connection, if they ever signed in through it. */
export async function personIdForIdentity(
  tdb: TenantDb,
  connectionId: string,
  externalId: string,
): Promise<string | null> {
  return (await findUserIdByIdentity(tdb, { connectionId, externalId }))?.user_id ?? null;
}

/** Someone left the organisation: they can no longer sign in, and their open sessions end now. */
export async function deactivatePerson(tdb: TenantDb, userId: string): Promise<void> {
  const now = nowIso();
  await tdb.transaction(async (tx) => {
    await updateUserActive(tx, userId, { active: 0, deactivated_at: now, updated_at: now });
    await revokeSessionsOf(tx, userId, now);
    await recordSessionChange(tx, { userId });
  });
  sessionsChanged();
}

/** Takes over what the platform's directory now says about a person (what it withholds is kept). */
export async function refreshPerson(
  tdb: TenantDb,
  userId: string,
  profile: { name: string; avatarUrl: string | null; mobile: string | null; email: string | null },
): Promise<void> {
  await updateUserProfile(tdb, userId, {
    updated_at: nowIso(),
    ...(profile.name ? { name: profile.name } : {}),
    ...(profile.avatarUrl ? { avatar_url: profile.avatarUrl } : {}),
    ...(profile.mobile ? { mobile: profile.mobile } : {}),
    ...(profile.email ? { email: profile.email } : {}),
  });
}

/** People who signed in through a connection, named as Fieldloop knows them: a directory the platform cannot refuse. */
export async function peopleSignedInThrough(
  tdb: TenantDb,
  connectionId: string,
  query: string,
  limit: number,
): Promise<{ externalId: string; name: string }[]> {
  const rows = await findIdentitiesByConnection(tdb, connectionId, query, limit);
  return rows.map((row) => ({ externalId: row.external_id, name: row.name }));
}
