/** The server side every bench target shares: the real app on a fresh SQLite file with the demo data, and serving it. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@server/app';
import { loadConfig } from '@server/config';
import { issueSession } from '@server/core/auth/sessions';
import { TenantDb } from '@server/core/db';
import { listDemoDirectory } from '@server/core/db/unscoped';
import { createLogger } from '@server/core/log';
import { prepareDatabase } from '@server/lifecycle';
import type { Role } from '@shared/domain/roles';
import { listenAndAnnounce } from './listen';

/** A migrated, demo-seeded SQLite database (uploads beside it) in a fresh temporary folder named after `prefix`. */
export async function bootDemoDatabase(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const file = join(dir, 'bench.db');
  const config = loadConfig({
    DATABASE_URL: `sqlite:${file}`,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    SECRETS_KEY: randomBytes(32).toString('base64'),
    PUBLIC_URL: 'http://127.0.0.1',
    SEED_DEMO: '1',
    ATTACHMENTS_DIR: join(dir, 'attachments'),
  });
  const log = createLogger('silent');
  const database = await prepareDatabase(config, log);
  return { dir, file, config, log, database };
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

/** Serves the real app and announces its port with `info` (the token, seed figures) to the bench. */
export function serve(boot: BenchBoot, info: Record<string, unknown>): Promise<void> {
  return listenAndAnnounce(
    createApp(boot.config, { database: boot.database, log: boot.log }).callback(),
    info,
  );
}
