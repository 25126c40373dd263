/** 0009: identities that existed before they carried a connection go to the connection messages already used. */

import { openTestDatabase } from '@test/helpers/database';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connection';
import { migrateToLatest } from './migrate';

let database: DatabaseHandle;

async function insertRows(rows: { table: string; values: Record<string, string | number> }[]): Promise<void> {
  for (const { table, values } of rows) {
    const columns = sql.join(Object.keys(values).map((column) => sql.ref(column)));
    await sql`insert into ${sql.table(table)} (${columns}) values (${sql.join(Object.values(values))})`.execute(
      database.db,
    );
  }
}

const tenant = (id: string) => ({
  table: 'tenants',
  values: { tenant_id: id, name: id, is_demo: 0, settings: '{}', created_at: '2026-01-01T00:00:00.000Z' },
});
const person = (tenantId: string, id: string) => ({
  table: 'users',
  values: {
    id,
    tenant_id: tenantId,
    name: id,
    role: 'sales',
    active: 1,
    created_at: '2026-01-01T00:00:00.000Z',
    updated_at: '2026-01-01T00:00:00.000Z',
  },
});
const connection = (tenantId: string, id: string, platform: string, createdAt: string, enabled: number) => ({
  table: 'platform_connections',
  values: {
    id,
    tenant_id: tenantId,
    platform,
    external_key: `key-${id}`,
    agent_id: '',
    public_settings: '{}',
    secret_settings: '{}',
    enabled,
    created_at: createdAt,
    updated_at: createdAt,
  },
});
const identity = (tenantId: string, userId: string, platform: string, externalId: string) => ({
  table: 'user_identities',
  values: {
    id: `${tenantId}-${externalId}-${platform}`,
    tenant_id: tenantId,
    user_id: userId,
    platform,
    external_id: externalId,
    created_at: '2026-03-01T00:00:00.000Z',
  },
});

beforeAll(async () => {
  database = await openTestDatabase({ migratedUpTo: '0006_implementation' });
  await insertRows([
    tenant('t1'),
    tenant('t2'),
    person('t1', 'zhangsan'),
    person('t1', 'wangwu'),
    person('t2', 'lisi'),
    connection('t1', 'ding-retired', 'dingtalk', '2026-01-01T00:00:00.000Z', 0),
    connection('t1', 'ding-current', 'dingtalk', '2026-02-01T00:00:00.000Z', 1),
    connection('t1', 'feishu', 'feishu', '2026-01-15T00:00:00.000Z', 1),
    connection('t2', 'ding-t2', 'dingtalk', '2026-01-01T00:00:00.000Z', 1),
    identity('t1', 'zhangsan', 'dingtalk', 'manager01'),
    identity('t1', 'zhangsan', 'feishu', 'ou_zhangsan'),
    identity('t1', 'wangwu', 'wecom', 'wangwu'),
    identity('t2', 'lisi', 'dingtalk', 'manager01'),
  ]);
  await migrateToLatest(database);
});
afterAll(() => database.close());

describe('migration 0009_identities_by_connection', () => {
  it('gives each identity the enabled connection of its platform in its tenant', async () => {
    const rows = await database.db
      .selectFrom('user_identities')
      .select(['tenant_id', 'user_id', 'connection_id', 'external_id'])
      .orderBy('tenant_id')
      .orderBy('external_id')
      .execute();
    expect(rows).toEqual([
      { tenant_id: 't1', user_id: 'zhangsan', connection_id: 'ding-current', external_id: 'manager01' },
      { tenant_id: 't1', user_id: 'zhangsan', connection_id: 'feishu', external_id: 'ou_zhangsan' },
      { tenant_id: 't2', user_id: 'lisi', connection_id: 'ding-t2', external_id: 'manager01' },
    ]);
  });

  it('refuses a second identity for the same platform user of one connection', async () => {
    const again = sql`insert into user_identities (id, tenant_id, user_id, connection_id, platform, external_id, created_at)
      values ('dup', 't1', 'wangwu', 'ding-current', 'dingtalk', 'manager01', '2026-04-01T00:00:00.000Z')`;
    await expect(again.execute(database.db)).rejects.toThrow(/unique/i);
  });
});
