/** Bench target: the real app on a fresh SQLite file with the demo data plus 100,000 requirements, signed in as a PM. */

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
import { newId } from '@server/core/ids';
import { createLogger } from '@server/core/log';
import { searchTermsOf, searchTextOf } from '@server/features/requirements/service';
import { prepareDatabase } from '@server/lifecycle';
import { generatedRequirement } from '../requirements-data';

const count = Number(process.env.BENCH_REQUIREMENTS ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'fieldloop-bench-req-'));
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
const pm = (await listDemoDirectory(database.db)).find((row) => row.role === 'pm');
if (!pm) throw new Error('demo seed has no PM');
const tdb = new TenantDb(database.db, pm.tenantId);

const statuses = ['new', 'under_review', 'planned', 'in_progress', 'released', 'declined'];
await tdb.transaction(async (tx) => {
  for (let start = 0; start < count; start += 500) {
    const rows = Array.from({ length: Math.min(500, count - start) }, (_, i) => {
      const n = start + i;
      const { title, description } = generatedRequirement(n);
      const at = new Date(Date.now() - n * 60_000).toISOString();
      const demand = (n * 7919) % 113;
      return {
        id: newId(),
        client_id: newId(),
        title,
        description,
        search_text: searchTextOf(title, description),
        search_terms: searchTermsOf(title, description),
        category: null,
        kind: null,
        status: statuses[n % statuses.length] as string,
        merged_into_id: null,
        owner_id: null,
        target_release: null,
        impact: 1,
        confidence: 1,
        effort: 1,
        demand,
        score: demand,
        customer_count: 1,
        mention_count: 1,
        contested: 0,
        created_by: pm.id,
        first_mention_at: at,
        first_decided_at: null,
        version: 1,
        created_at: at,
        updated_at: at,
      };
    });
    await tx.insertInto('requirements', rows).execute();
  }
});

const token = await issueSession(tdb, { userId: pm.id, method: 'demo', ttlHours: 1 });
const server = createServer(createApp(config, { database, log }).callback());
server.listen(0, '127.0.0.1');
await once(server, 'listening');
process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, token })}\n`);
