/**
 * Daily lists answered again from memory (issue #14), on two app instances sharing one database: an answer is kept
 * only while the tenant's data version has not moved, and the database moves it for every change, whoever writes.
 */
import { sql } from '@server/core/db';
import { tablesWithoutDataVersion } from '@server/core/db/migrations/0025_data_versions';
import { newId } from '@server/core/ids';
import type { Page } from '@shared/schemas/common';
import type { Customer } from '@shared/schemas/customers';
import type { Visit } from '@shared/schemas/visits';
import { startTwoInstances, type TestApp, type TwoInstances } from '@test/helpers/app';
import { dialectUnderTest } from '@test/helpers/database';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { mustSucceed } from '@test/helpers/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let instances: TwoInstances;
let first: TestApp;
let second: TestApp;
let tenant: TestTenant;
let manager: TestUser;

beforeAll(async () => {
  instances = await startTwoInstances();
  ({ first, second } = instances);
  tenant = await makeTenant(first, '云帆科技');
  manager = await makeUser(tenant, 'manager', '顾清和');
});
afterAll(() => instances.close());

const db = () => first.database.db;

async function customerNames(app: TestApp, user: TestUser): Promise<string[]> {
  const page = mustSucceed(
    'list customers',
    await app.api(user.token).get<Page<Customer>>('/api/v1/customers?limit=50'),
  );
  return page.items.map((customer) => customer.name);
}

async function dataVersion(): Promise<number> {
  const row = await db()
    .selectFrom('tenant_data_versions')
    .select('version')
    .where('tenant_id', '=', tenant.id)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

describe('kept list answers', () => {
  it('are given while the data version stands, and never once it moves', async () => {
    const id = await makeCustomer(manager, { name: '远山物流' });
    expect(await customerNames(first, manager)).toContain('远山物流');
    const before = await dataVersion();
    await db().updateTable('customers').set({ name: '远山物流集团' }).where('id', '=', id).execute();
    expect(await dataVersion()).toBeGreaterThan(before);
    // Putting the version back makes the kept answer current again: proof that the answer was kept at all.
    await db()
      .updateTable('tenant_data_versions')
      .set({ version: before })
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(await customerNames(first, manager)).toContain('远山物流');
    await db()
      .updateTable('tenant_data_versions')
      .set({ version: before + 1 })
      .where('tenant_id', '=', tenant.id)
      .execute();
    expect(await customerNames(first, manager)).toContain('远山物流集团');
  });

  it('show a change made through the other instance on the next ask', async () => {
    const rep = await makeUser(tenant, 'sales', '林晓');
    const customerId = await makeCustomer(rep, { name: '青禾食品' });
    const visits = async () =>
      mustSucceed('list visits', await first.api(rep.token).get<Page<Visit>>('/api/v1/visits?limit=20'))
        .items;
    expect(await visits()).toHaveLength(0);
    mustSucceed(
      'log a visit',
      await second.api(rep.token).post('/api/v1/visits', { clientId: newId(), customerId, kind: 'onsite' }),
    );
    expect((await visits()).map((visit) => visit.customer.name)).toEqual(['青禾食品']);
  });

  it('are kept per asker: a rep never gets another rep’s list', async () => {
    const [north, south] = await Promise.all([
      makeUser(tenant, 'sales', '北区'),
      makeUser(tenant, 'sales', '南区'),
    ]);
    await makeCustomer(north, { name: '北区客户' });
    await makeCustomer(south, { name: '南区客户' });
    expect(await customerNames(first, north)).toEqual(['北区客户']);
    expect(await customerNames(first, south)).toEqual(['南区客户']);
    expect(await customerNames(first, north)).toEqual(['北区客户']);
  });

  it('show every one of many changes written at once on both instances', async () => {
    const names = Array.from({ length: 16 }, (_, i) => `并发客户${i}`);
    await Promise.all(
      names.map((name, i) =>
        (i % 2 ? first : second)
          .api(manager.token)
          .post('/api/v1/customers', { name, segment: 'mid', tier: 'general', industry: '制造业', tags: [] })
          .then((res) => mustSucceed(`create ${name}`, res)),
      ),
    );
    for (const app of [first, second])
      expect(await customerNames(app, manager)).toEqual(expect.arrayContaining(names));
  });
});

describe('data version triggers', () => {
  it('move the version for a change made after a rolled-back savepoint took back the first one', async () => {
    const [undone, kept] = [await makeCustomer(manager), await makeCustomer(manager)];
    const before = await dataVersion();
    await db()
      .transaction()
      .execute(async (trx) => {
        await sql`savepoint first_try`.execute(trx);
        await trx.updateTable('customers').set({ name: '撤回的改动' }).where('id', '=', undone).execute();
        await sql`rollback to savepoint first_try`.execute(trx);
        await trx.updateTable('customers').set({ name: '留下的改动' }).where('id', '=', kept).execute();
      });
    expect(await dataVersion()).toBeGreaterThan(before);
  });

  it.runIf(dialectUnderTest === 'postgres')(
    'bump once per transaction on PostgreSQL, however many statements it runs',
    async () => {
      const ids = await Promise.all(Array.from({ length: 5 }, () => makeCustomer(manager)));
      const before = await dataVersion();
      await db()
        .transaction()
        .execute(async (trx) => {
          for (const id of ids)
            await trx
              .updateTable('customers')
              .set({ name: `改名${id}` })
              .where('id', '=', id)
              .execute();
        });
      expect(await dataVersion()).toBe(before + 1);
    },
  );

  it('cover every table holding tenant rows except the bookkeeping ones', async () => {
    const tables = await db().introspection.getTables();
    const schema =
      dialectUnderTest === 'postgres'
        ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db())).rows[0]?.schema
        : undefined;
    const withTenantRows = tables
      .filter(
        (table) =>
          (schema === undefined || table.schema === schema) &&
          table.columns.some((c) => c.name === 'tenant_id'),
      )
      .map((table) => table.name)
      .filter((name) => !(tablesWithoutDataVersion as readonly string[]).includes(name));
    // Each table has one trigger for each of insert, update and delete.
    const triggered =
      dialectUnderTest === 'postgres'
        ? await sql<{ name: string }>`
            select event_object_table as name from information_schema.triggers
            where trigger_schema = current_schema() and trigger_name like '%_data_version_%'
            group by event_object_table having count(distinct event_manipulation) = 3`.execute(db())
        : await sql<{ name: string }>`
            select tbl_name as name from sqlite_master where type = 'trigger' and name like '%_data_version_%'
            group by tbl_name having count(*) = 3`.execute(db());
    expect(withTenantRows.length).toBeGreaterThan(30);
    expect(triggered.rows.map((row) => row.name).sort()).toEqual(withTenantRows.sort());
  });
});
