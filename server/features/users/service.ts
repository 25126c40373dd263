/** What other features may ask about people: who someone is, and what they are called. */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import type { Role } from '@shared/domain/roles';
import { findUser, findUserNames, insertUsers } from './repo';

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
