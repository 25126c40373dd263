/**
 * Dashboards bench (issue #16): each /insight endpoint with 1,000,000 visits and 200,000 requirements in the
 * tenant, on each bench database, with the default filters and with one filter set: median and p95 of sequential
 * requests against the 300 ms goal, then the plan of the slowest dashboard's slowest query. Seeding takes minutes;
 * BENCH_INSIGHT_REUSE_SQLITE / BENCH_INSIGHT_REUSE_POSTGRES (the database a run printed) measure it again.
 */
import { type BenchDatabase, bundleServers, startServer } from './harness';

const goalMs = 300;
const rounds = Number(process.env.BENCH_INSIGHT_ROUNDS ?? 15);
const filtered = 'tier=high,general&segment=mid&industry=%E5%88%B6%E9%80%A0%E4%B8%9A';

interface InsightInfo {
  reuse: string;
  customerId: string;
  seedMs: number;
  counts: Record<string, number>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

async function timeRequests(url: string, token: string): Promise<{ median: number; p95: number }> {
  const headers = { authorization: `Bearer ${token}` };
  const samples: number[] = [];
  for (let i = 0; i < rounds + 2; i++) {
    const t0 = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    if (i >= 2) samples.push(performance.now() - t0);
  }
  const sorted = samples.sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

export async function benchInsight(databases: BenchDatabase[]): Promise<void> {
  await bundleServers(['bench/servers/fieldloop-insight.ts']);
  for (const database of databases) await benchInsightOn(database);
}

async function benchInsightOn(database: BenchDatabase): Promise<void> {
  const reuseVariable = `BENCH_INSIGHT_REUSE_${database.name === 'SQLite' ? 'SQLITE' : 'POSTGRES'}`;
  const reuse = process.env[reuseVariable];
  const server = await startServer<InsightInfo>('dist/bench/fieldloop-insight.mjs', {
    ...database.env,
    ...(reuse ? { BENCH_REUSE: reuse } : {}),
  });
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const counts = Object.entries(server.counts).map(([what, n]) => `${n.toLocaleString('en')} ${what}`);
    console.log(
      `\ndashboards bench: ${database.name}, ${counts.join(', ')} (seeded in ${(server.seedMs / 1000).toFixed(0)} s)`,
    );
    console.log(
      `sequential requests, ${rounds} per row after 2 warm-ups; goal: every p95 under ${goalMs} ms`,
    );
    const rows: { name: string; dashboard: string; query: string; p95: number }[] = [];
    for (const dashboard of ['visits', 'requirements', 'loop', 'implementation']) {
      for (const query of ['', filtered]) {
        const { median, p95 } = await timeRequests(
          `${base}/api/v1/insight/${dashboard}?${query}`,
          server.token ?? '',
        );
        const name = `GET /api/v1/insight/${dashboard}${query ? ' (tier, segment, industry)' : ''}`;
        rows.push({ name, dashboard, query, p95 });
        console.log(
          `${name.padEnd(62)} median ${median.toFixed(0).padStart(4)} ms   p95 ${p95.toFixed(0).padStart(4)} ms   ${p95 < goalMs ? 'ok' : 'OVER'}`,
        );
      }
    }
    const loop = await timeRequests(
      `${base}/api/v1/insight/customers/${server.customerId}`,
      server.token ?? '',
    );
    console.log(
      `${'GET /api/v1/insight/customers/:id'.padEnd(62)} median ${loop.median.toFixed(0).padStart(4)} ms   p95 ${loop.p95.toFixed(0).padStart(4)} ms   ${loop.p95 < goalMs ? 'ok' : 'OVER'}`,
    );
    const worst = rows.sort((a, b) => b.p95 - a.p95)[0];
    if (worst) {
      const params = new URLSearchParams({ dashboard: worst.dashboard, query: worst.query });
      const plan = await (await fetch(`${base}/__bench/slowest?${params}`)).text();
      console.log(`slowest query of the slowest row (${worst.name}), ${database.name}:\n  ${plan}`);
    }
  } finally {
    server.child.kill();
  }
}
