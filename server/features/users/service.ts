/** What other features may ask about people: who someone is, and what they are called. */
import { forgetSessions } from '@server/core/auth/sessions';
import type { TenantDb } from '@server/core/db';
import { newId, nowIso } from '@server/core/ids';
import type { Role } from '@shared/domain/roles';
import type { PeopleList, PeopleQuery } from '@shared/schemas/users';
import {
  findActiveUsers,
  findUser,
  findUserIdByIdentity,
  findUserNames,
  insertIdentity,
  insertUsers,
  updateUserProfile,
} from './repo';

export interface Person {
  id: string;
  name: string;
  role: Role;
  active: boolean;
  avatarUrl: string | null;
  department: string | null;
}

export async function getPerson(tdb: TenantDb, id: string): Promise<Person | null> {
  const row = await findUser(tdb, id);
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    active: row.active === 1,
    avatarUrl: row.avatar_url,
    department: row.department,
  };
}

export const namesOf = findUserNames;

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
  platform: string;
  externalId: string;
  unionId: string | null;
  name: string;
  avatarUrl: string | null;
  mobile: string | null;
  email: string | null;
  department: string | null;
}

/**
 * The Fieldloop person behind a platform identity: found by the platform's stable id (or union id), else created
 * with `roleForNewcomer`. Name, avatar and contact details follow the platform on every sign-in; what the platform
 * does not grant (WeCom hides mobiles from newer apps) is kept rather than erased.
 */
export async function personForPlatformIdentity(
  tdb: TenantDb,
  identity: PlatformPerson,
  roleForNewcomer: () => Promise<Role>,
): Promise<Person> {
  const now = nowIso();
  const known = await findUserIdByIdentity(tdb, identity.platform, identity.externalId, identity.unionId);
  let userId = known?.user_id;
  if (userId) {
    await updateUserProfile(tdb, userId, {
      name: identity.name,
      updated_at: now,
      ...(identity.avatarUrl ? { avatar_url: identity.avatarUrl } : {}),
      ...(identity.mobile ? { mobile: identity.mobile } : {}),
      ...(identity.email ? { email: identity.email } : {}),
      ...(identity.department ? { department: identity.department } : {}),
    });
  } else {
    const role = await roleForNewcomer();
    [userId = ''] = await addPeople(tdb, [{ ...identity, role }], now);
    if (identity.avatarUrl) await updateUserProfile(tdb, userId, { avatar_url: identity.avatarUrl });
  }
  await insertIdentity(tdb, {
    id: newId(),
    user_id: userId,
    platform: identity.platform,
    external_id: identity.externalId,
    union_id: identity.unionId,
    created_at: now,
  });
  const person = await getPerson(tdb, userId);
  if (!person) throw new Error('person vanished while signing in');
  return person;
}

/** The Fieldloop person behind a platform identity, if they ever signed in. */
export async function personIdForIdentity(
  tdb: TenantDb,
  platform: string,
  externalId: string,
): Promise<string | null> {
  return (await findUserIdByIdentity(tdb, platform, externalId, null))?.user_id ?? null;
}

/** Someone left the organisation: they can no longer sign in, and their open sessions end now. */
export async function deactivatePerson(tdb: TenantDb, userId: string): Promise<void> {
  const now = nowIso();
  await tdb.transaction(async (tx) => {
    await tx.updateTable('users').set({ active: 0, updated_at: now }).where('id', '=', userId).execute();
    await tx
      .updateTable('sessions')
      .set({ revoked_at: now })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  });
  forgetSessions((actor) => actor.tenantId === tdb.tenantId && actor.userId === userId);
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
