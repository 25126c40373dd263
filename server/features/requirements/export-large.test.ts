/** Export of a large tenant: 100,000 rows stream out while memory stays flat. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { nowIso } from '@server/core/ids';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { requirementRow } from '@test/helpers/requirement-rows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;

/** Garbage left by earlier chunks is not memory the export holds: collect it before each sample. */
setFlagsFromString('--expose_gc');
const collectGarbage = runInNewContext('gc') as () => void;
const retainedHeap = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed;
};
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('GET /api/v1/requirements/export of a large tenant', () => {
  it('streams 100,000 requirements without holding them in memory', async () => {
    const big = await makeTenant(app);
    const bigPm = await makeUser(big, 'pm');
    const now = nowIso();
    for (let start = 0; start < 100_000; start += 500) {
      const rows = Array.from({ length: 500 }, (_, i) => {
        const n = start + i;
        return {
          ...requirementRow(`需求 ${n}：订单导出和对账`, bigPm.id, now, '', '{}'),
          demand: n % 97,
          score: n % 97,
        };
      });
      await big.tdb.insertInto('requirements', rows).execute();
    }
    const heapBefore = retainedHeap();
    let peak = heapBefore;
    let lines = 0;
    let chunks = 0;
    const res = await fetch(`${app.url}/api/v1/requirements/export?format=csv`, {
      headers: { authorization: `Bearer ${bigPm.token}` },
    });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const byte of value) if (byte === 10) lines++;
      chunks += 1;
      if (chunks % 200 === 0) peak = Math.max(peak, retainedHeap());
    }
    const growthMb = (peak - heapBefore) / 1024 / 1024;
    console.log(`export: 100,000 rows as CSV, heap growth ${growthMb.toFixed(1)} MB`);
    expect(res.headers.get('content-length')).toBeNull();
    expect(lines).toBe(100_001);
    expect(growthMb).toBeLessThan(30);
  }, 120_000);
});
