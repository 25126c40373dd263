/**
 * Bench target for visits: the real app on a fresh SQLite file with the demo data plus 1,000,000 visits in the
 * demo tenant (bulk-inserted with one prepared statement in one transaction), signed in as a demo sales rep.
 */
import { newId } from '@server/core/ids';
import Database from 'better-sqlite3';
import { bootDemoDatabase, demoUser, serve, signIn } from './boot';

const visitCount = Number(process.env.BENCH_VISITS ?? 1_000_000);
const boot = await bootDemoDatabase('fieldloop-bench-visits-');
const rep = await demoUser(boot, 'sales');
const tenantId = rep.tenantId;

/** A year of visits spread over the tenant's reps and their customers, newest at "now". */
function seedVisits(): { ms: number; plan: string } {
  const started = Date.now();
  const raw = new Database(boot.file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = OFF');
  const customers = raw.prepare('select id, owner_id from customers where tenant_id = ?').all(tenantId) as {
    id: string;
    owner_id: string;
  }[];
  const insert = raw.prepare(
    `insert into visits (id, tenant_id, client_id, customer_id, owner_id, kind, visited_at, visited_on, notes,
       check_in_flagged, photo_ids, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 1, ?, ?)`,
  );
  const kinds = ['onsite', 'phone', 'video', 'meeting'];
  // Shanghai has no daylight saving: its local day is the UTC day eight hours on (Intl per row would dominate).
  const localDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
  const now = Date.now();
  const spanMs = 365 * 86_400_000;
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
        '客户反馈良好，约定下周提交方案。',
        i % 13 === 0 ? 1 : 0,
        at,
        at,
      );
    }
  })();
  raw.exec('analyze');
  const plan = raw
    .prepare(
      `explain query plan select * from visits where tenant_id = ? and (owner_id = ? or exists (select 1 from
       visit_participants p where p.tenant_id = visits.tenant_id and p.visit_id = visits.id and p.user_id = ?))
       order by visited_at desc, id desc limit 21`,
    )
    .all(tenantId, rep.id, rep.id) as { detail: string }[];
  raw.close();
  return { ms: Date.now() - started, plan: plan.map((row) => row.detail).join('; ') };
}

const seeded = seedVisits();
const token = await signIn(boot, rep, 2);
const customerId = (
  await boot.database.db
    .selectFrom('customers')
    .select('id')
    .where('owner_id', '=', rep.id)
    .executeTakeFirstOrThrow()
).id;
await serve(boot, { token, customerId, seedMs: seeded.ms, plan: seeded.plan, visitCount });
