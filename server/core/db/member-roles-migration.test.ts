/** 0012: people who were there before get a role source and, if they had left, the time they left. */

import { openTestDatabase } from '@test/helpers/database';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connection';
import { migrateToLatest } from './migrate';

let database: DatabaseHandle;

const person = (id: string, active: number, updatedAt: string) =>
  sql`insert into users (id, tenant_id, name, role, active, created_at, updated_at)
      values (${id}, 't1', ${id}, 'pm', ${active}, '2026-01-01T00:00:00.000Z', ${updatedAt})`;

beforeAll(async () => {
  database = await openTestDatabase({ migratedUpTo: '0011_signoff_exceptions' });
  await sql`insert into tenants (tenant_id, name, is_demo, settings, created_at)
            values ('t1', 't1', 0, '{}', '2026-01-01T00:00:00.000Z')`.execute(database.db);
  await person('stays', 1, '2026-02-01T00:00:00.000Z').execute(database.db);
  await person('left', 0, '2026-03-05T08:00:00.000Z').execute(database.db);
  await migrateToLatest(database);
});
afterAll(() => database.close());

describe('migration 0012_member_roles', () => {
  it('keeps roles, marks them as the default, and dates a departure by the last change', async () => {
    const rows = await database.db
      .selectFrom('users')
      .select(['id', 'role', 'role_source', 'active', 'deactivated_at'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      {
        id: 'left',
        role: 'pm',
        role_source: 'default',
        active: 0,
        deactivated_at: '2026-03-05T08:00:00.000Z',
      },
      { id: 'stays', role: 'pm', role_source: 'default', active: 1, deactivated_at: null },
    ]);
  });
});
