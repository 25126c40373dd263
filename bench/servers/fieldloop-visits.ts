/**
 * Bench target for visits: the real app on a fresh database with the demo data plus 1,000,000 visits in the demo
 * tenant (one prepared statement in one transaction on SQLite, one INSERT … SELECT on PostgreSQL), signed in as a
 * demo sales rep.
 */

import { sql, sqliteOptimize } from '@server/core/db';
import { newId } from '@server/core/ids';
import Database from 'better-sqlite3';
import { type BenchBoot, bootDemoDatabase, demoUser, repVisitListPlan, serve, signIn } from './boot';

const visitCount = Number(process.env.BENCH_VISITS ?? 1_000_000);
const boot = await bootDemoDatabase('fieldloop-bench-visits-');
const rep = await demoUser(boot, 'sales');
const tenantId = rep.tenantId;
const kinds = ['onsite', 'phone', 'video', 'meeting'];
const spanMs = 365 * 86_400_000;
const notes = '客户反馈良好，约定下周提交方案。';

/** A year of visits spread over the tenant's reps and their customers, newest at "now". */
function seedSqlite(): void {
  const raw = new Database(boot.file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const customers = raw.prepare('select id, owner_id from customers where tenant_id = ?').all(tenantId) as {
    id: string;
    owner_id: string;
  }[];
  const insert = raw.prepare(
    `insert into visits (id, tenant_id, client_id, customer_id, owner_id, kind, visited_at, visited_on, notes,
       check_in_flagged, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  // Shanghai has no daylight saving: its local day is the UTC day eight hours on (Intl per row would dominate).
  const localDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const now = Date.now();
  raw.transaction(() => {
    for (let i = 0; i < visitCount; i++) {
      const customer = customers[i % customers.length] as { id: string; owner_id: string };
      const ms = now - Math.floor((spanMs * i) / visitCount);
      const at = new Date(ms).toISOString();
      insert.run(
        newId(),
        tenantId,
        newId(),
        customer.id,
        customer.owner_id,
        kinds[i % 4],
        at,
        localDay(ms),
        notes,
        i % 13 === 0 ? 1 : 0,
        at,
        at,
      );
    }
  })();
  // What the app runs on the database when it opens and every few hours: the plans shown are a real server's.
  raw.exec(sqliteOptimize);
  raw.close();
}

/**
 * The same rows generated inside PostgreSQL, with ids in insertion order (UUID-shaped; the app only needs them
 * unique) so the primary and client-id keys grow at their right edge. The visits' secondary indexes are dropped for
 * the insert and built again after it: one sort per index instead of a million random B-tree inserts.
 */
async function seedPostgres(db: BenchBoot['database']['db']): Promise<void> {
  const { rows: indexes } = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename = 'visits'
      and indexname not in (select conname from pg_constraint where conrelid = 'visits'::regclass)`.execute(
    db,
  );
  for (const index of indexes) await sql`drop index ${sql.id(index.indexname)}`.execute(db);
  await sql`
    with c as (
      select id, owner_id, (row_number() over (order by id) - 1)::int as n, count(*) over ()::int as total
      from customers where tenant_id = ${tenantId}
    ), g as (
      select i, now() - make_interval(secs => (${spanMs / 1000}::float8 * i / ${visitCount})) as at
      from generate_series(0, ${visitCount - 1}::int) i
    )
    insert into visits (id, tenant_id, client_id, customer_id, owner_id, kind, visited_at, visited_on, notes,
      check_in_flagged, version, created_at, updated_at)
    select '00000000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'), ${tenantId},
      '00000000-0000-7000-9000-' || lpad(to_hex(i), 12, '0'), c.id, c.owner_id,
      (${sql.val(kinds)}::text[])[i % 4 + 1],
      to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      to_char(at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), ${notes},
      case when i % 13 = 0 then 1 else 0 end, 1,
      to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    from g join c on c.n = g.i % c.total`.execute(db);
  for (const index of indexes) await sql.raw(index.indexdef).execute(db);
  await sql`analyze`.execute(db);
}

const started = Date.now();
if (boot.database.dialect === 'postgres') await seedPostgres(boot.database.db);
else seedSqlite();
const seedMs = Date.now() - started;
const token = await signIn(boot, rep, 2);
const customerId = (
  await boot.database.db
    .selectFrom('customers')
    .select('id')
    .where('owner_id', '=', rep.id)
    .executeTakeFirstOrThrow()
).id;
await serve(boot, { token, customerId, seedMs, plan: await repVisitListPlan(boot, rep), visitCount });
