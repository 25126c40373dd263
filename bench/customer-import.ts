/**
 * Customer import bench (issue #16): a sheet at the row limit (9,999 customers and the header, a contact each) sent
 * to POST /api/v1/imports/customers as a sales manager, then the same sheet again (every row an update), on each
 * bench database. The server runs bundled in its own process.
 */
import { spreadsheetLimits } from '@server/core/spreadsheets';
import { authHeaders, type BenchDatabase, bundleServers, startServer, stop } from './harness';

function sheet(): string {
  const lines = ['客户名称,行业,客户等级,规模,联系人,手机,职务'];
  for (let i = 0; i < spreadsheetLimits.rows - 1; i += 1) {
    const tier = ['高价值', '一般', '低价值'][i % 3];
    const segment = ['小微', '中型', '大型'][i % 3];
    const phone = `139${String(i).padStart(8, '0')}`;
    lines.push(`基准导入客户${i}有限公司,制造业,${tier},${segment},联系人${i},${phone},信息部经理`);
  }
  return `\uFEFF${lines.join('\r\n')}`;
}

async function timedImport(port: number, token: string | undefined, csv: string) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'customers.csv');
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/imports/customers`, {
    method: 'POST',
    headers: authHeaders(token),
    body: form,
  });
  const body = (await res.json()) as { created?: number; updated?: number };
  if (res.status !== 201) throw new Error(`import answered ${res.status}: ${JSON.stringify(body)}`);
  return { seconds: (performance.now() - started) / 1000, ...body };
}

export async function benchCustomerImport(databases: BenchDatabase[]): Promise<void> {
  await bundleServers(['bench/servers/fieldloop.ts']);
  const csv = sheet();
  for (const database of databases) {
    const ours = await startServer('dist/bench/fieldloop.mjs', database.env);
    try {
      const first = await timedImport(ours.port, ours.token, csv);
      const again = await timedImport(ours.port, ours.token, csv);
      console.log(
        `\ncustomer import: ${database.name}, ${(spreadsheetLimits.rows - 1).toLocaleString('en')} rows with contacts`,
      );
      console.log(
        `first import:  ${first.seconds.toFixed(2)} s (created ${first.created}, updated ${first.updated})`,
      );
      console.log(
        `same file again: ${again.seconds.toFixed(2)} s (created ${again.created}, updated ${again.updated})`,
      );
    } finally {
      await stop(ours.child);
    }
  }
}
