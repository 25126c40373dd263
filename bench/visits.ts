/**
 * Visits bench (issue #4): visit create and visit list against a bare Koa handler, on each bench database with
 * 1,000,000 visits in the tenant (BENCH_VISITS for fewer). Each server runs bundled in its own process; the load
 * generator runs here.
 */
import {
  authHeaders,
  type BenchDatabase,
  bundleServers,
  compare,
  connections,
  durationSeconds,
  withServers,
} from './harness';

interface VisitsInfo {
  customerId: string;
  seedMs: number;
  plan: string;
  visitCount: number;
}

export async function benchVisits(databases: BenchDatabase[]): Promise<void> {
  await bundleServers(['bench/servers/fieldloop-visits.ts', 'bench/servers/bare-koa-visits.ts']);
  for (const database of databases) await benchVisitsOn(database);
}

async function benchVisitsOn(database: BenchDatabase): Promise<void> {
  const scripts = { ours: 'dist/bench/fieldloop-visits.mjs', bare: 'dist/bench/bare-koa-visits.mjs' };
  await withServers<VisitsInfo>(
    scripts,
    async (ours, bare) => {
      console.log(
        `\nvisits bench: ${database.name}, ${ours.visitCount.toLocaleString('en')} visits in the tenant`,
      );
      console.log(`seeded in ${(ours.seedMs / 1000).toFixed(1)} s; rep list plan: ${ours.plan}`);
      const auth = authHeaders(ours.token);
      const createBody = () =>
        JSON.stringify({
          clientId: crypto.randomUUID(),
          customerId: ours.customerId,
          kind: 'phone',
          notes: '电话回访',
        });
      const labels = { ours: 'fieldloop', bare: 'bare Koa handler' };
      await compare(
        `GET /api/v1/visits?limit=20 as a rep (${database.name}, ${connections} connections, ${durationSeconds}s)`,
        { url: `http://127.0.0.1:${ours.port}/api/v1/visits?limit=20`, headers: auth },
        { url: `http://127.0.0.1:${bare.port}/`, headers: {} },
        labels,
        { ratio: 0.35, p99Ms: 50 },
      );
      await compare(
        `POST /api/v1/visits as a rep (${database.name}, ${connections} connections, ${durationSeconds}s)`,
        { url: `http://127.0.0.1:${ours.port}/api/v1/visits`, headers: auth, body: createBody },
        { url: `http://127.0.0.1:${bare.port}/`, headers: {}, body: createBody },
        labels,
        { ratio: 0.25 },
      );
    },
    database.env,
  );
}
