import { openTestDatabase } from '@test/helpers/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connection';
import { TenantDb } from './tenant-db';
import { insertTenant } from './unscoped';

let database: DatabaseHandle;
let mine: TenantDb;
let theirs: TenantDb;

const person = (id: string, name: string) => ({
  id,
  name,
  role: 'sales',
  mobile: null,
  email: null,
  avatar_url: null,
  department: null,
  active: 1,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
});

beforeAll(async () => {
  database = await openTestDatabase();
  for (const tenantId of ['t-mine', 't-theirs']) {
    await insertTenant(database.db, {
      tenantId,
      name: tenantId,
      isDemo: false,
      createdAt: '2026-01-01T00:00:00Z',
    });
  }
  mine = new TenantDb(database.db, 't-mine');
  theirs = new TenantDb(database.db, 't-theirs');
  await mine.insertInto('users', person('u-mine', '我的人')).execute();
  await theirs.insertInto('users', person('u-theirs', '别人的人')).execute();
});
afterAll(() => database.close());

describe('TenantDb', () => {
  it('stamps its tenant on every insert', async () => {
    const row = await database.db
      .selectFrom('users')
      .select('tenant_id')
      .where('id', '=', 'u-mine')
      .executeTakeFirst();
    expect(row?.tenant_id).toBe('t-mine');
  });

  it('sees only its own tenant’s rows, even when asked for another’s id', async () => {
    expect(await mine.selectFrom('users').select('id').execute()).toEqual([{ id: 'u-mine' }]);
    expect(await mine.selectFrom('users').select('id').where('id', '=', 'u-theirs').execute()).toEqual([]);
  });

  it('cannot update or delete another tenant’s rows', async () => {
    await mine.updateTable('users').set({ name: '改名' }).where('id', '=', 'u-theirs').execute();
    await mine.deleteFrom('users').where('id', '=', 'u-theirs').execute();
    expect(await theirs.selectFrom('users').select('name').execute()).toEqual([{ name: '别人的人' }]);
  });

  it('rolls a transaction back as a whole', async () => {
    await expect(
      mine.transaction(async (tx) => {
        await tx.updateTable('users').set({ name: '半途' }).where('id', '=', 'u-mine').execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await mine.selectFrom('users').select('name').execute()).toEqual([{ name: '我的人' }]);
  });

  it('refuses a row that points at another tenant’s person (composite foreign keys)', async () => {
    await expect(
      mine
        .insertInto('sessions', {
          id: 's-1',
          user_id: 'u-theirs',
          token_hash: 'x'.repeat(64),
          method: 'demo',
          created_at: '2026-01-01T00:00:00Z',
          expires_at: '2027-01-01T00:00:00Z',
          revoked_at: null,
        })
        .execute(),
    ).rejects.toThrow();
  });
});
