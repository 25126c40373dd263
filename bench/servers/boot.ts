/**
 * The server side every bench target shares: the real app on a fresh database with the demo data, and serving it.
 * BENCH_DATABASE_URL picks the database: unset, a fresh SQLite file; `postgres://…`, a fresh schema named after the
 * bench in that database (dropped and recreated on every run). BENCH_REUSE (a SQLite file or a schema a previous
 * run announced as `reuse`) restarts on that database as it is.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@server/app';
import { loadConfig } from '@server/config';
import { issueSession } from '@server/core/auth/sessions';
import { migrateToLatest, openDatabase, sql, TenantDb } from '@server/core/db';
import { listDemoDirectory } from '@server/core/db/unscoped';
import { createLogger } from '@server/core/log';
import { seedDemoOnce } from '@server/demo/seed';
import type { Role } from '@shared/domain/roles';
import { listenAndAnnounce } from './listen';

const postgresUrl = process.env.BENCH_DATABASE_URL?.startsWith('postgres')
  ? process.env.BENCH_DATABASE_URL
  : null;

const reused = process.env.BENCH_REUSE || null;

/** A migrated, demo-seeded database (uploads in a fresh temporary folder named after `prefix`). */
export async function bootDemoDatabase(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = !postgresUrl && reused ? reused : join(dir, 'bench.db');
  const schema = postgresUrl && reused ? reused : `bench_${prefix.replace(/[^a-z]/g, '_')}`;
  const config = loadConfig({
    DATABASE_URL: postgresUrl ?? `sqlite:${file}`,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    SECRETS_KEY: randomBytes(32).toString('base64'),
    PUBLIC_URL: 'http://127.0.0.1',
    SEED_DEMO: '1',
    ATTACHMENTS_DIR: join(dir, 'attachments'),
    ...(process.env.KEPT_ANSWERS_MB ? { KEPT_ANSWERS_MB: process.env.KEPT_ANSWERS_MB } : {}),
  });
  const log = createLogger('silent');
  if (postgresUrl && !reused) {
    const admin = openDatabase({ url: postgresUrl, poolSize: 1 });
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db);
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    await admin.close();
  }
  const database = openDatabase(postgresUrl ? { url: postgresUrl, schema } : { url: config.databaseUrl });
  await migrateToLatest(database);
  await seedDemoOnce(database.db);
  return { dir, file, config, log, database, reused: reused !== null, reuse: postgresUrl ? schema : file };
}

export type BenchBoot = Awaited<ReturnType<typeof bootDemoDatabase>>;

/** The first demo user with this role, or a thrown error naming the missing role. */
export async function demoUser(boot: BenchBoot, role: Role) {
  const user = (await listDemoDirectory(boot.database.db)).find((row) => row.role === role);
  if (!user) throw new Error(`demo seed has no ${role}`);
  return user;
}

export function signIn(boot: BenchBoot, user: { id: string; tenantId: string }, ttlHours: number) {
  return issueSession(new TenantDb(boot.database.db, user.tenantId), {
    userId: user.id,
    method: 'demo',
    ttlHours,
  });
}

/** The database's own plan for `query`, one line per step, so the bench shows which index a list walks. */
export async function queryPlan(boot: BenchBoot, query: ReturnType<typeof sql>): Promise<string> {
  const explain =
    boot.database.dialect === 'postgres' ? sql`explain ${query}` : sql`explain query plan ${query}`;
  const { rows } = await explain.execute(boot.database.db);
  return rows
    .map((row) =>
      String((row as Record<string, unknown>)['QUERY PLAN'] ?? (row as { detail?: string }).detail),
    )
    .join('; ');
}

/**
 * Serves the real app and announces its port with `info` (the token, seed figures) to the bench; `/__bench/heap`
 * answers the heap in use, in MB.
 */
export function serve(boot: BenchBoot, info: Record<string, unknown>): Promise<void> {
  const app = createApp(boot.config, { database: boot.database, log: boot.log }).callback();
  return listenAndAnnounce(
    (req, res) => {
      if (req.url !== '/__bench/heap') return app(req, res);
      res.end((process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0));
    },
    { reuse: boot.reuse, ...info },
  );
}

/** The plans of a rep's first visits page, as the visits repository asks for it: own visits, then joined ones. */
export async function repVisitListPlan(
  boot: BenchBoot,
  rep: { id: string; tenantId: string },
): Promise<string> {
  const own = await queryPlan(
    boot,
    sql`select * from visits where tenant_id = ${rep.tenantId} and owner_id = ${rep.id}
       order by visited_at desc, id desc limit 21`,
  );
  const joined = await queryPlan(
    boot,
    sql`select visits.* from visit_participants cross join visits where visit_participants.tenant_id = ${rep.tenantId}
       and visits.tenant_id = visit_participants.tenant_id and visits.id = visit_participants.visit_id
       and visit_participants.user_id = ${rep.id} and visits.owner_id <> ${rep.id}
       order by visits.visited_at desc, visits.id desc limit 21`,
  );
  return `own: ${own} | joined: ${joined}`;
}
