/**
 * npm run bench: the customer list endpoint against a bare Koa JSON handler, measured side by side in one run
 * (each server in its own process, the load generator in this one), and the mini-app's gzipped first-route JS.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { build } from 'esbuild';
import { measureBundle } from './bundle';
import { benchRequirements } from './requirements';

const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 20;

interface Started {
  port: number;
  token?: string;
  child: ChildProcess;
}

/** Servers run as bundled JavaScript, as in production: a TypeScript loader would tax every request. */
async function bundleServers(): Promise<void> {
  await build({
    entryPoints: ['bench/servers/fieldloop.ts', 'bench/servers/bare-koa.ts'],
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
      resolve({ ...(JSON.parse(line) as { port: number; token?: string }), child });
    });
  });
}

async function load(url: string, headers: Record<string, string>, seconds: number) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

await bundleServers();
const ours = await startServer('dist/bench/fieldloop.mjs');
const bare = await startServer('dist/bench/bare-koa.mjs');
try {
  const listUrl = `http://127.0.0.1:${ours.port}/api/v1/customers?limit=20`;
  const auth = { authorization: `Bearer ${ours.token}`, 'accept-encoding': 'identity' };
  const bareUrl = `http://127.0.0.1:${bare.port}/`;
  await load(listUrl, auth, 2);
  await load(bareUrl, {}, 2);
  const customers = await load(listUrl, auth, durationSeconds);
  const baseline = await load(bareUrl, {}, durationSeconds);
  const format = (name: string, r: typeof customers) =>
    `${name.padEnd(38)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms`;
  console.log(
    `\nGET /api/v1/customers?limit=20 (SQLite, 40 customers, ${connections} connections, ${durationSeconds}s)`,
  );
  console.log(format('fieldloop customer list', customers));
  console.log(format('bare Koa JSON handler (same payload)', baseline));
  console.log(`ratio fieldloop / bare Koa: ${(customers.rps / baseline.rps).toFixed(2)}`);
} finally {
  ours.child.kill();
  bare.child.kill();
}

await benchRequirements(durationSeconds);

const bundle = measureBundle('features/customers/pages/CustomerListPage.tsx');
console.log('\nmini-app JavaScript, gzipped (dist/miniapp)');
console.log(`entry (shell, router, i18n, api client): ${bundle.entryKb.toFixed(1)} KB`);
console.log(`customer list route chunks:              ${bundle.routeKb.toFixed(1)} KB`);
console.log(`first route total:                       ${(bundle.entryKb + bundle.routeKb).toFixed(1)} KB`);
console.log(`all JavaScript:                          ${bundle.totalKb.toFixed(1)} KB`);

await import('./visits');
