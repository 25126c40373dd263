/**
 * npm run bench: the customer list endpoint against a bare Koa JSON handler, measured side by side in one run
 * (each server in its own process, the load generator in this one), then the requirements and visits benches,
 * the mini-app's gzipped first-route JS and its first load on a throttled phone.
 */
import { measureBundle } from './bundle';
import { authHeaders, bundleServers, compare, connections, durationSeconds, withServers } from './harness';
import { benchPhone } from './phone';
import { benchRequirements } from './requirements';
import { benchVisits } from './visits';

await bundleServers(['bench/servers/fieldloop.ts', 'bench/servers/bare-koa.ts']);
await withServers({ ours: 'dist/bench/fieldloop.mjs', bare: 'dist/bench/bare-koa.mjs' }, (ours, bare) =>
  compare(
    `GET /api/v1/customers?limit=20 (SQLite, 40 customers, ${connections} connections, ${durationSeconds}s)`,
    { url: `http://127.0.0.1:${ours.port}/api/v1/customers?limit=20`, headers: authHeaders(ours.token) },
    { url: `http://127.0.0.1:${bare.port}/`, headers: {} },
    { ours: 'fieldloop customer list', bare: 'bare Koa JSON handler (same payload)' },
  ),
);

await benchRequirements();

const bundle = measureBundle('features/customers/pages/CustomerListPage.tsx');
console.log('\nmini-app JavaScript, gzipped (dist/miniapp)');
console.log(`entry (shell, router, i18n, api client): ${bundle.entryKb.toFixed(1)} KB`);
console.log(`customer list route chunks:              ${bundle.routeKb.toFixed(1)} KB`);
console.log(`first route total:                       ${(bundle.entryKb + bundle.routeKb).toFixed(1)} KB`);
console.log(`all JavaScript:                          ${bundle.totalKb.toFixed(1)} KB`);

await benchVisits();

await benchPhone();
