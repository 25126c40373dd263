import { createLogger } from '@server/core/log';
import { type EmbeddingsEmulator, startEmbeddingsEmulator } from '@test/emulators/embeddings';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant } from '@test/helpers/factories';
import { requirementRow } from '@test/helpers/requirement-rows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddingsClient } from './embeddings';
import { SimilarRequirements } from './similar';

let app: TestApp;
let endpoint: EmbeddingsEmulator;
beforeAll(async () => {
  app = await startTestApp();
  endpoint = await startEmbeddingsEmulator({ apiKey: 'sk-test' });
});
afterAll(async () => {
  await endpoint.close();
  await app.close();
});

const memoryBytes = 64 * 1024 * 1024;
/** Shares no word with the requirement: only its meaning can find it. */
const colloquial = { q: '小蓝单能不能不用纸了', limit: 3 };

const withEmbeddings = () =>
  new SimilarRequirements({
    memoryBytes,
    embeddings: {
      client: new EmbeddingsClient({
        url: endpoint.baseUrl,
        model: 'bge-m3',
        apiKey: 'sk-test',
        weight: 0.7,
      }),
      weight: 0.7,
      log: createLogger('silent'),
    },
  });

async function tenantWithReceipts(): Promise<{ tenant: TestTenant; receiptsId: string; count: number }> {
  const tenant = await makeTenant(app);
  const pm = await makeUser(tenant, 'pm');
  const rows = [
    ['送货回执电子化', '司机带回的送货回执拍照上传，签收后系统里留档'],
    ['设备巡检工单支持拍照上传', '现场工程师巡检时要拍照留证'],
    ['拜访记录增加语音输入', '销售在路上不方便打字'],
    ['合同到期前自动提醒续签', '到期前三十天提醒负责的销售'],
  ].map(([title = '', description = '']) =>
    requirementRow(title, pm.id, new Date().toISOString(), description),
  );
  await tenant.tdb.insertInto('requirements', rows).execute();
  return { tenant, receiptsId: rows[0]?.id as string, count: rows.length };
}

async function storedVectors(tenant: TestTenant): Promise<number> {
  const rows = await tenant.tdb.selectFrom('requirement_embeddings').select('requirement_id').execute();
  return rows.length;
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('similar requirements blended with an embeddings endpoint', () => {
  it('is off by default: words alone do not find a paraphrase that shares none of them', async () => {
    const { tenant } = await tenantWithReceipts();
    expect(await new SimilarRequirements({ memoryBytes }).lookup(tenant.tdb, colloquial)).toEqual([]);
    expect(await storedVectors(tenant)).toBe(0);
  });

  it('finds it by meaning once every requirement has a stored vector, and a restarted instance embeds only the query', async () => {
    const { tenant, receiptsId, count } = await tenantWithReceipts();
    const similar = withEmbeddings();
    await similar.lookup(tenant.tdb, colloquial);
    await until(async () => (await storedVectors(tenant)) === count);
    expect(await storedVectors(tenant)).toBe(count);
    expect((await similar.lookup(tenant.tdb, colloquial)).map((hit) => hit.id)).toEqual([receiptsId]);

    const embeddedBefore = endpoint.inputs.length;
    const restarted = withEmbeddings();
    expect((await restarted.lookup(tenant.tdb, colloquial)).map((hit) => hit.id)).toEqual([receiptsId]);
    expect(endpoint.inputs.slice(embeddedBefore)).toEqual([colloquial.q]);
  });

  it('still answers on words while the endpoint is down', async () => {
    const { tenant, receiptsId } = await tenantWithReceipts();
    endpoint.failing = true;
    try {
      const hits = await withEmbeddings().lookup(tenant.tdb, { q: '送货回执电子化', limit: 3 });
      expect(hits.map((hit) => hit.id)).toEqual([receiptsId]);
    } finally {
      endpoint.failing = false;
    }
  });
});
