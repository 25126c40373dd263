/**
 * The requirements figures: similar-requirement lookup p95 with 100,000 requirements in a tenant (in-process index
 * and through the HTTP endpoint), and the triage list endpoint against a bare Koa handler.
 */
import { SimilarityIndex, suggestionCutoffs } from '@shared/domain/similarity';
import { requirementTerms, termsOf } from '@shared/domain/similarity-terms';
import { cases, colloquialCases, pool, rankingFigures } from '../test/fixtures/similar-requirements';
import {
  authHeaders,
  type BenchDatabase,
  bundleServers,
  compare,
  connections,
  durationSeconds,
  withServers,
} from './harness';
import { benchQueries, generatedRequirement } from './requirements-data';

const count = 100_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(2)} ms   p95 ${percentile(sorted, 95).toFixed(2)} ms   p99 ${percentile(sorted, 99).toFixed(2)} ms`;
}

function benchIndex(): void {
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const index = new SimilarityIndex();
  for (let n = 0; n < count; n++) {
    const { title, description } = generatedRequirement(n);
    index.upsert(`r${n}`, requirementTerms(title, description));
  }
  const buildMs = performance.now() - started;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const query = termsOf(benchQueries[i % benchQueries.length] as string);
    const t0 = performance.now();
    index.search(query, { limit: 5, ...suggestionCutoffs });
    samples.push(performance.now() - t0);
  }
  console.log(
    `\nsimilar-requirement index, ${count.toLocaleString('en')} requirements in one tenant (in process)`,
  );
  console.log(
    `build ${(buildMs / 1000).toFixed(1)} s, heap ~${heapMb.toFixed(0)} MB; lookup ${summary(samples)}`,
  );
}

async function sequentialLatencies(urls: string[], headers: Record<string, string>, rounds: number) {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const res = await fetch(urls[i % urls.length] as string, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${urls[i % urls.length]}: ${res.status}`);
    samples.push(performance.now() - t0);
  }
  return samples;
}

interface RequirementsInfo {
  /** Where the seeded database lives, for the restarted server (a SQLite file, or the PostgreSQL schema). */
  reuse: string;
  /** The triage list's query plans. */
  plan: string;
}

/** Top-3 suggestion quality on the fixture pool (no embeddings): the earlier cases, the colloquial ones, and all. */
function benchQuality(): void {
  const index = new SimilarityIndex();
  for (const r of pool) index.upsert(r.id, requirementTerms(r.title, r.description));
  const ids = (query: string) =>
    index.search(termsOf(query), { limit: 3, ...suggestionCutoffs }).map((hit) => hit.id);
  console.log('\nsimilar-requirement suggestions, top 3 (goal: precision and recall ≥ 0.9 on all cases)');
  for (const [name, set] of [
    ['earlier cases', cases],
    ['colloquial paraphrases', colloquialCases],
    ['all', [...cases, ...colloquialCases]],
  ] as const) {
    const { precision, recall } = rankingFigures(ids, set);
    console.log(
      `${name.padEnd(24)} ${String(set.length).padStart(4)} cases   precision ${precision.toFixed(3)}   recall ${recall.toFixed(3)}`,
    );
  }
}

export async function benchRequirements(databases: BenchDatabase[]): Promise<void> {
  benchQuality();
  benchIndex();
  await bundleServers(['bench/servers/fieldloop-requirements.ts', 'bench/servers/bare-koa-requirements.ts']);
  for (const database of databases) await benchRequirementsOn(database);
}

async function benchRequirementsOn(database: BenchDatabase): Promise<void> {
  const scripts = {
    ours: 'dist/bench/fieldloop-requirements.mjs',
    bare: 'dist/bench/bare-koa-requirements.mjs',
  };
  const similarUrls = (port: number) =>
    benchQueries.map(
      (q) => `http://127.0.0.1:${port}/api/v1/requirements/similar?limit=5&q=${encodeURIComponent(q)}`,
    );
  let reuse = '';
  await withServers<RequirementsInfo>(
    scripts,
    async (ours, bare) => {
      reuse = ours.reuse;
      const auth = authHeaders(ours.token);
      const coldStart = performance.now();
      await sequentialLatencies(similarUrls(ours.port).slice(0, 1), auth, 1);
      const coldMs = performance.now() - coldStart;
      await sequentialLatencies(similarUrls(ours.port), auth, 100);
      const similar = await sequentialLatencies(similarUrls(ours.port), auth, 1000);
      console.log(
        `\nGET /api/v1/requirements/similar (${database.name}, ${count.toLocaleString('en')} requirements, one client)`,
      );
      console.log(`first lookup after seeding: ${coldMs.toFixed(0)} ms`);
      console.log(`lookup ${summary(similar)}   (target p95 < 30 ms)`);
      console.log(`triage list plan (${database.name}): ${ours.plan}`);
      await compare(
        `GET /api/v1/requirements?inbox=1&sort=score&limit=50 (${database.name}, ${count.toLocaleString('en')} requirements, ${connections} connections, ${durationSeconds}s)`,
        {
          url: `http://127.0.0.1:${ours.port}/api/v1/requirements?inbox=1&sort=score&limit=50`,
          headers: auth,
        },
        { url: `http://127.0.0.1:${bare.port}/`, headers: {} },
        { ours: 'fieldloop triage list', bare: 'bare Koa JSON handler (same payload)' },
        { ratio: 0.35, p99Ms: 50 },
      );
    },
    database.env,
  );
  await withServers<RequirementsInfo & { heapMb: number }>(
    scripts,
    async (ours) => {
      const auth = authHeaders(ours.token);
      const coldStart = performance.now();
      await sequentialLatencies(similarUrls(ours.port).slice(0, 1), auth, 1);
      const coldMs = performance.now() - coldStart;
      const memory = await fetch(`http://127.0.0.1:${ours.port}/__bench/heap`);
      console.log(
        `first similar lookup after a restart (${database.name}): ${coldMs.toFixed(0)} ms   (target < 300 ms); heap after it ${await memory.text()} MB`,
      );
    },
    { ...database.env, BENCH_REUSE: reuse },
  );
}
