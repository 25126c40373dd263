/** Export of a rep with a large history: 20,000 visits stream out while memory stays flat. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { nowIso } from '@server/core/ids';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser } from '@test/helpers/factories';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnsForCreate } from './columns';

let app: TestApp;

/**
 * Garbage left by earlier chunks is not memory the export holds: collect it before each sample. Buffers count too
 * (a buffered body would live outside the JS heap).
 */
setFlagsFromString('--expose_gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  collectGarbage();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
};
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('GET /api/v1/visits/export of a large history', () => {
  it('streams 20,000 visits without holding them in memory', async () => {
    const tenant = await makeTenant(app);
    const rep = await makeUser(tenant, 'sales');
    const customerId = await makeCustomer(rep);
    const now = nowIso();
    const day = Date.parse('2025-01-01T02:00:00.000Z');
    for (let start = 0; start < 20_000; start += 500) {
      const rows = Array.from({ length: 500 }, (_, i) => {
        const n = start + i;
        const input = {
          clientId: uuidv7(),
          customerId,
          kind: 'phone' as const,
          visitedAt: new Date(day + n * 600_000).toISOString(),
          purpose: `拜访 ${n}：续约和对账`,
          notes: `客户提到第 ${n} 次：每个月对账都要手抄，希望导出 Excel。`,
        };
        return {
          id: uuidv7(),
          ...columnsForCreate(input, { ownerId: rep.id, customer: { lat: null, lng: null }, now }),
        };
      });
      await tenant.tdb.insertInto('visits', rows).execute();
    }
    const heapBefore = retainedHeap();
    let peak = heapBefore;
    let lines = 0;
    let chunks = 0;
    const started = performance.now();
    const res = await fetch(`${app.url}/api/v1/visits/export?format=csv`, {
      headers: { authorization: `Bearer ${rep.token}`, 'accept-encoding': 'identity' },
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const byte of value) if (byte === 10) lines++;
      chunks += 1;
      if (chunks % 20 === 0) peak = Math.max(peak, retainedHeap());
    }
    const growthMb = (peak - heapBefore) / 1024 / 1024;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `visits export: 20,000 rows as CSV in ${seconds.toFixed(1)} s, heap growth ${growthMb.toFixed(1)} MB`,
    );
    expect(res.headers.get('content-length')).toBeNull();
    expect(lines).toBe(20_001);
    expect(growthMb).toBeLessThan(30);
  }, 120_000);
});
