/**
 * The load-generator side every bench shares: bundle the bench servers, start each in its own process, drive them
 * with autocannon and print throughput, p50/p99 and the ratio against the bare Koa baseline.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { build } from 'esbuild';

export const durationSeconds = Number(process.env.BENCH_SECONDS ?? 10);
export const connections = 50;

/** The databases every server bench runs on: SQLite always, PostgreSQL when BENCH_POSTGRES_URL names one. */
export interface BenchDatabase {
  name: 'SQLite' | 'PostgreSQL';
  env: Record<string, string>;
}

export function benchDatabases(): BenchDatabase[] {
  const postgres = process.env.BENCH_POSTGRES_URL;
  if (!postgres) console.log('\nBENCH_POSTGRES_URL is not set: PostgreSQL rows skipped');
  return [
    { name: 'SQLite', env: {} },
    ...(postgres ? [{ name: 'PostgreSQL' as const, env: { BENCH_DATABASE_URL: postgres } }] : []),
  ];
}

/** Whether BENCH_ONLY (a comma-separated list of parts) leaves `part` in; unset runs everything. */
export function benchIncludes(part: string): boolean {
  const only = process.env.BENCH_ONLY;
  return !only || only.split(',').includes(part);
}

/** What a bench server prints on its first stdout line, plus its process. */
export type Started<Info extends object = Record<never, never>> = Info & {
  port: number;
  token?: string;
  child: ChildProcess;
};

/** Servers run as bundled JavaScript, as in production: a TypeScript loader would tax every request. */
export async function bundleServers(entryPoints: string[]): Promise<void> {
  await build({
    entryPoints,
    outdir: 'dist/bench',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}

export function startServer<Info extends object = Record<never, never>>(
  script: string,
  env: Record<string, string> = {},
  nodeFlags: string[] = [],
): Promise<Started<Info>> {
  const child = spawn(process.execPath, [...nodeFlags, script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      resolve({ ...(JSON.parse(line) as Omit<Started<Info>, 'child'>), child } as Started<Info>);
    });
  });
}

export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  const exited = once(child, 'exit').then(() => undefined);
  child.kill();
  return exited;
}

/** Starts both servers, runs the bench body against them and stops them whatever happens. */
export async function withServers<Ours extends object>(
  scripts: { ours: string; bare: string },
  body: (ours: Started<Ours>, bare: Started) => Promise<void>,
  env: Record<string, string> = {},
): Promise<void> {
  // BENCH_NODE_FLAGS (e.g. `--cpu-prof`) go to our server only, to profile it under load.
  const ours = await startServer<Ours>(scripts.ours, env, process.env.BENCH_NODE_FLAGS?.split(' ') ?? []);
  const bare = await startServer(scripts.bare);
  try {
    await body(ours, bare);
  } finally {
    await Promise.all([ours.child, bare.child].map((child) => stop(child)));
  }
}

export interface Target {
  url: string;
  headers: Record<string, string>;
  /** A fresh create body per request (a new clientId each time), or none for a GET. */
  body?: () => string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** The server's CPU time per answered request, in microseconds. */
  cpuUs: number;
}

async function cpuMicros(target: Target): Promise<number> {
  const res = await fetch(new URL('/__bench/cpu', target.url));
  return Number(await res.text());
}

export async function load(target: Target, seconds: number): Promise<LoadResult> {
  const cpuBefore = await cpuMicros(target);
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
  const cpuUs = (await cpuMicros(target)) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUs: cpuUs / Math.max(result.requests.total, 1),
  };
}

const format = (name: string, r: LoadResult) =>
  `${name.padEnd(38)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   CPU ${r.cpuUs.toFixed(0)} µs/request`;

/** Labels for the two result lines; the baseline is always the bare Koa handler. */
export interface CompareLabels {
  ours: string;
  bare: string;
}

/** The issue's goal for a figure: throughput against bare Koa, and our p99. */
export interface Goal {
  ratio: number;
  p99Ms?: number;
}

const summary: { title: string; ratio: number; cpuRatio: number; p99: number; goal?: Goal | undefined }[] =
  [];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/**
 * Warms both servers up, then measures them in alternating rounds (a shared machine's load drifts; both sides see the
 * same drift), and prints both lines and the ratio.
 */
export async function compare(
  title: string,
  ours: Target,
  bare: Target,
  labels: CompareLabels,
  goal?: Goal,
): Promise<void> {
  await load(ours, 2);
  await load(bare, 2);
  const rounds = 3;
  const roundSeconds = Math.max(1, Math.round(durationSeconds / rounds));
  const oursRuns: LoadResult[] = [];
  const bareRuns: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    oursRuns.push(await load(ours, roundSeconds));
    bareRuns.push(await load(bare, roundSeconds));
  }
  const combined = (runs: LoadResult[]): LoadResult => ({
    rps: runs.reduce((sum, run) => sum + run.rps, 0) / runs.length,
    p50: median(runs.map((run) => run.p50)),
    p99: median(runs.map((run) => run.p99)),
    cpuUs: median(runs.map((run) => run.cpuUs)),
  });
  const measured = combined(oursRuns);
  const baseline = combined(bareRuns);
  const ratio = measured.rps / baseline.rps;
  const cpuRatio = baseline.cpuUs / Math.max(measured.cpuUs, 1);
  summary.push({ title, ratio, cpuRatio, p99: measured.p99, goal });
  console.log(`\n${title}`);
  console.log(format(labels.ours, measured));
  console.log(format(labels.bare, baseline));
  console.log(
    `ratio fieldloop / bare Koa: throughput ${ratio.toFixed(2)}, CPU per request ${cpuRatio.toFixed(2)} (bare / ours), p50 ${(measured.p50 / Math.max(baseline.p50, 0.01)).toFixed(1)}×, p99 ${(measured.p99 / Math.max(baseline.p99, 0.01)).toFixed(1)}×`,
  );
}

/** Every compared figure of this run against its goal, one line each. */
export function printSummary(): void {
  console.log(
    '\nsummary: throughput as a share of bare Koa on this machine in this run, the same from CPU per request (our process only; PostgreSQL work is not in it), and our p99',
  );
  for (const { title, ratio, cpuRatio, p99, goal } of summary) {
    const met = goal
      ? ratio >= goal.ratio && (goal.p99Ms === undefined || p99 <= goal.p99Ms)
        ? 'met'
        : 'NOT met'
      : '';
    const wanted = goal
      ? `goal ≥ ${goal.ratio}${goal.p99Ms === undefined ? '' : `, p99 ≤ ${goal.p99Ms} ms`}`
      : '';
    console.log(
      `${ratio.toFixed(2).padStart(5)}  cpu ${cpuRatio.toFixed(2).padStart(5)}  p99 ${String(p99).padStart(5)} ms  ${wanted.padEnd(26)} ${met.padEnd(8)} ${title}`,
    );
  }
}

/** The headers of a signed-in bench client; identity encoding so both servers send the same bytes. */
export function authHeaders(token: string | undefined): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' };
}
