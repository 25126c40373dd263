/**
 * Bench target for the dashboards: the real app on the demo data plus the insight seed (1,000,000 visits,
 * 200,000 requirements, 3,000 projects in the demo tenant), signed in as the demo admin. `/__bench/slowest?path=…`
 * runs that dashboard in process, times each of its queries, and answers the slowest one's SQL and plan.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createApp } from '@server/app';
import type { Actor } from '@server/core/auth/actor';
import { sqliteOptimize, TenantDb } from '@server/core/db';
import {
  customerLoop,
  implementationInsight,
  loopInsight,
  requirementInsight,
  visitInsight,
} from '@server/features/insight/service';
import { insightFilters } from '@shared/schemas/insight';
import {
  CompiledQuery,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { bootDemoDatabase, demoUser, signIn } from './boot';
import { seedInsight } from './insight-seed';
import { seedCounts } from './insight-seed-rows';
import { listenAndAnnounce } from './listen';

const boot = await bootDemoDatabase('fieldloop-bench-insight-');
const admin = await demoUser(boot, 'admin');
const started = Date.now();
// BENCH_REUSE (the `reuse` a previous run announced) measures an already seeded database again.
if (!boot.reused) {
  await boot.database.db.transaction().execute((trx) => seedInsight(trx, admin.tenantId));
  // SQLite: what the app runs when the database opens and every few hours. PostgreSQL: what autovacuum would do.
  const statistics = boot.database.dialect === 'sqlite' ? sqliteOptimize : 'analyze';
  await boot.database.db.executeQuery(CompiledQuery.raw(statistics));
}
const seedMs = Date.now() - started;
const token = await signIn(boot, admin, 2);
const customerId = (
  await boot.database.db
    .selectFrom('customers')
    .select('id')
    .where('tenant_id', '=', admin.tenantId)
    .where('name', '=', '压测客户1')
    .executeTakeFirstOrThrow()
).id;

/** Collects every query a dashboard runs. */
class QueryRecorder implements KyselyPlugin {
  readonly timings: { node: RootOperationNode }[] = [];
  private readonly nodes = new WeakMap<object, RootOperationNode>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.nodes.set(args.queryId, args.node);
    return args.node;
  }

  // Only executed queries reach here; subqueries, transformed as parts of their query, never do.
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const node = this.nodes.get(args.queryId);
    if (node) this.timings.push({ node });
    return args.result;
  }
}

const dashboards = {
  visits: visitInsight,
  requirements: requirementInsight,
  loop: loopInsight,
  implementation: implementationInsight,
};

async function slowest(url: URL): Promise<string> {
  const timer = new QueryRecorder();
  const db = boot.database.db.withPlugin(timer);
  const tdb = new TenantDb(db, admin.tenantId);
  const actor: Actor = { userId: admin.id, tenantId: admin.tenantId, role: 'admin', sessionId: null };
  const name = url.searchParams.get('dashboard') ?? 'visits';
  if (name === 'customer') await customerLoop(tdb, actor, customerId);
  else {
    const filters = insightFilters.parse(
      Object.fromEntries(new URLSearchParams(url.searchParams.get('query') ?? '')),
    );
    await dashboards[name as keyof typeof dashboards](tdb, actor, filters);
  }
  // Run alone, one after another: timed inside the dashboard, a query also waits for the ones beside it.
  const alone: { compiled: CompiledQuery; ms: number }[] = [];
  for (const { node } of timer.timings) {
    const compiled = db.getExecutor().compileQuery(node, { queryId: 'alone' } as never);
    const t0 = performance.now();
    await boot.database.db.executeQuery(compiled);
    alone.push({ compiled, ms: performance.now() - t0 });
  }
  const worst = alone.sort((a, b) => b.ms - a.ms)[0];
  if (!worst) return 'no query';
  const { compiled } = worst;
  const explain = boot.database.dialect === 'postgres' ? 'explain analyze' : 'explain query plan';
  const plan = await boot.database.db.executeQuery(
    CompiledQuery.raw(`${explain} ${compiled.sql}`, [...compiled.parameters]),
  );
  const lines = plan.rows.map((row) =>
    String((row as Record<string, unknown>)['QUERY PLAN'] ?? (row as { detail?: string }).detail),
  );
  return `${worst.ms.toFixed(0)} ms: ${compiled.sql.replace(/\s+/g, ' ').slice(0, 600)}\n    ${lines.join('\n    ')}`;
}

const app = createApp(boot.config, { database: boot.database, log: boot.log }).callback();
await listenAndAnnounce(
  (req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/__bench/slowest')) return app(req, res);
    slowest(new URL(req.url, 'http://bench')).then(
      (text) => res.end(text),
      (error: unknown) => res.end(String(error)),
    );
  },
  { token, customerId, seedMs, counts: seedCounts },
);
