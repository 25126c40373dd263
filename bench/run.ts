/**
 * npm run bench: each list endpoint against a bare Koa JSON handler serving the same bytes, measured side by side in
 * one run (each server in its own process, the load generator in this one), on SQLite and on PostgreSQL
 * (BENCH_POSTGRES_URL), then the requirements, visits, customer import and dashboards benches, the mini-app's gzipped
 * first-route JS and its first load on a throttled phone, then Lighthouse on every daily screen.
 * BENCH_ONLY=demo,requirements,visits,imports,insight,bundle,phone,lighthouse runs only those parts.
 */
import { measureBundle } from './bundle';
import { benchCustomerImport } from './customer-import';
import {
  authHeaders,
  benchDatabases,
  benchIncludes,
  bundleServers,
  compare,
  connections,
  durationSeconds,
  type Goal,
  printSummary,
  type Started,
  withServers,
} from './harness';
import { benchInsight } from './insight';
import { benchLighthouse } from './lighthouse';
import { benchPhone } from './phone';
import { benchRequirements } from './requirements';
import { benchVisits } from './visits';

/** What the demo bench server announces besides its port: both sign-ins and its lists' query plans. */
interface DemoInfo {
  repToken: string;
  customerPlan: string;
  visitPlan: string;
}

const databases = benchDatabases();

if (benchIncludes('demo')) {
  await bundleServers([
    'bench/servers/fieldloop.ts',
    'bench/servers/bare-koa.ts',
    'bench/servers/bare-koa-visits.ts',
  ]);
  const lists: {
    path: string;
    asker: string;
    bare: string;
    label: string;
    token: (ours: Started<DemoInfo>) => string | undefined;
    plan: (ours: DemoInfo) => string;
    goal: Goal;
  }[] = [
    {
      path: '/api/v1/customers?limit=20',
      asker: 'as a manager',
      bare: 'dist/bench/bare-koa.mjs',
      label: 'customer list',
      token: (ours) => ours.token,
      plan: (ours) => ours.customerPlan,
      goal: { ratio: 0.5, p99Ms: 25 },
    },
    {
      path: '/api/v1/visits?limit=20',
      asker: 'as a rep',
      bare: 'dist/bench/bare-koa-visits.mjs',
      label: 'rep visit list',
      token: (ours) => ours.repToken,
      plan: (ours) => ours.visitPlan,
      goal: { ratio: 0.35, p99Ms: 50 },
    },
  ];
  // Each list twice: as served (a repeated ask is answered from the kept answer while the tenant's data stands) and
  // with KEPT_ANSWERS_MB=0, every answer computed from the database, for the cost of a first or changed ask.
  const modes: { label: string; env: Record<string, string>; goals: boolean }[] = [
    { label: '', env: {}, goals: true },
    { label: ', every answer computed', env: { KEPT_ANSWERS_MB: '0' }, goals: false },
  ];
  for (const database of databases) {
    for (const mode of modes) {
      for (const list of lists) {
        await withServers<DemoInfo>(
          { ours: 'dist/bench/fieldloop.mjs', bare: list.bare },
          async (ours, bare) => {
            if (mode.goals) console.log(`\n${list.label} plan (${database.name}): ${list.plan(ours)}`);
            await compare(
              `GET ${list.path} (${database.name}, demo data, ${list.asker}, ${connections} connections, ${durationSeconds}s${mode.label})`,
              { url: `http://127.0.0.1:${ours.port}${list.path}`, headers: authHeaders(list.token(ours)) },
              { url: `http://127.0.0.1:${bare.port}/`, headers: {} },
              { ours: `fieldloop ${list.label}`, bare: 'bare Koa JSON handler (same payload)' },
              mode.goals ? list.goal : undefined,
            );
          },
          { ...database.env, ...mode.env },
        );
      }
    }
  }
}

if (benchIncludes('requirements')) await benchRequirements(databases);

if (benchIncludes('bundle')) {
  const bundle = measureBundle('features/customers/pages/CustomerListPage.tsx');
  console.log('\nmini-app JavaScript, gzipped (dist/miniapp)');
  console.log(`entry (shell, router, i18n, api client): ${bundle.entryKb.toFixed(1)} KB`);
  console.log(`customer list route chunks:              ${bundle.routeKb.toFixed(1)} KB`);
  console.log(`first route total:                       ${(bundle.entryKb + bundle.routeKb).toFixed(1)} KB`);
  console.log(`all JavaScript:                          ${bundle.totalKb.toFixed(1)} KB`);
}

if (benchIncludes('visits')) await benchVisits(databases);

if (benchIncludes('imports')) await benchCustomerImport(databases);
if (benchIncludes('insight')) await benchInsight(databases);

if (benchIncludes('phone')) await benchPhone();

if (benchIncludes('lighthouse')) await benchLighthouse();

printSummary();
