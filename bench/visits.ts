/**
 * Visits bench (issue #4): visit create and visit list against a bare Koa handler, on SQLite with 1,000,000 visits
 * in the tenant. Each server runs bundled in its own process; the load generator runs here.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { build } from 'esbuild';

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 20;

interface Started {
  port: number;
  token?: string;
  customerId?: string;
  seedMs?: number;
  plan?: string;
  visitCount?: number;
  child: ChildProcess;
}

async function bundleServers(): Promise<void> {
  await build({
    entryPoints: ['bench/servers/fieldloop-visits.ts', 'bench/servers/bare-koa-visits.ts'],
    outdir: 'dist/bench',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}

function startServer(script: string): Promise<Started> {
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      resolve({ ...(JSON.parse(line) as Omit<Started, 'child'>), child });
    });
  });
}

interface Target {
  url: string;
  headers: Record<string, string>;
  /** A fresh create body per request (a new clientId each time), or none for a GET. */
  body?: () => string;
}

async function load(target: Target, seconds: number) {
  const result = await autocannon({
    url: target.url,
    connections,
    duration: seconds,
    headers: { ...target.headers, ...(target.body ? { 'content-type': 'application/json' } : {}) },
    ...(target.body
      ? {
          requests: [
            {
              method: 'POST' as const,
              setupRequest: (request) => ({ ...request, body: target.body?.() ?? '' }),
            },
          ],
        }
      : {}),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

type Result = Awaited<ReturnType<typeof load>>;
const format = (name: string, r: Result) =>
  `${name.padEnd(30)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`;

async function compare(title: string, ours: Target, bare: Target): Promise<void> {
  await load(ours, 2);
  await load(bare, 2);
  const measured = await load(ours, durationSeconds);
  const baseline = await load(bare, durationSeconds);
  console.log(`\n${title}`);
  console.log(format('fieldloop', measured));
  console.log(format('bare Koa handler', baseline));
  console.log(
    `ratio fieldloop / bare Koa: throughput ${(measured.rps / baseline.rps).toFixed(2)}, p50 ${(measured.p50 / Math.max(baseline.p50, 0.01)).toFixed(1)}×, p99 ${(measured.p99 / Math.max(baseline.p99, 0.01)).toFixed(1)}×`,
  );
}

await bundleServers();
const ours = await startServer('dist/bench/fieldloop-visits.mjs');
const bare = await startServer('dist/bench/bare-koa-visits.mjs');
try {
  console.log(`\nvisits bench: SQLite, ${ours.visitCount?.toLocaleString('en')} visits in the tenant`);
  console.log(`seeded in ${((ours.seedMs ?? 0) / 1000).toFixed(1)} s; rep list plan: ${ours.plan}`);
  const auth = { authorization: `Bearer ${ours.token}`, 'accept-encoding': 'identity' };
  const createBody = () =>
    JSON.stringify({
      clientId: crypto.randomUUID(),
      customerId: ours.customerId,
      kind: 'phone',
      notes: '电话回访',
    });
  await compare(
    `GET /api/v1/visits?limit=20 as a rep (${connections} connections, ${durationSeconds}s)`,
    { url: `http://127.0.0.1:${ours.port}/api/v1/visits?limit=20`, headers: auth },
    { url: `http://127.0.0.1:${bare.port}/`, headers: {} },
  );
  await compare(
    `POST /api/v1/visits as a rep (${connections} connections, ${durationSeconds}s)`,
    { url: `http://127.0.0.1:${ours.port}/api/v1/visits`, headers: auth, body: createBody },
    { url: `http://127.0.0.1:${bare.port}/`, headers: {}, body: createBody },
  );
} finally {
  ours.child.kill();
  bare.child.kill();
}
