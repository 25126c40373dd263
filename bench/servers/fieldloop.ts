/** Bench target: the real app on a fresh SQLite file with the demo data, signed in as a sales manager. */

import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@server/app';
import { loadConfig } from '@server/config';
import { issueSession } from '@server/core/auth/sessions';
import { TenantDb } from '@server/core/db';
import { listDemoDirectory } from '@server/core/db/unscoped';
import { createLogger } from '@server/core/log';
import { prepareDatabase } from '@server/lifecycle';

const dir = mkdtempSync(join(tmpdir(), 'fieldloop-bench-'));
const config = loadConfig({
  DATABASE_URL: `sqlite:${join(dir, 'bench.db')}`,
  LOG_LEVEL: 'silent',
  NODE_ENV: 'production',
  SECRETS_KEY: randomBytes(32).toString('base64'),
  PUBLIC_URL: 'http://127.0.0.1',
  SEED_DEMO: '1',
});
const log = createLogger('silent');
const database = await prepareDatabase(config, log);
const manager = (await listDemoDirectory(database.db)).find((row) => row.role === 'manager');
if (!manager) throw new Error('demo seed has no manager');
const token = await issueSession(new TenantDb(database.db, manager.tenantId), {
  userId: manager.id,
  method: 'demo',
  ttlHours: 1,
});
const server = createServer(createApp(config, { database, log }).callback());
server.listen(0, '127.0.0.1');
await once(server, 'listening');
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, token })}\n`);
