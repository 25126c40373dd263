import { nowIso } from '@server/core/ids';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant } from '@test/helpers/factories';
import { requirementRow } from '@test/helpers/requirement-rows';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchTermsOf } from './service';
import { SimilarRequirements } from './similar';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Unrelated requests the filler repeats, each copy told apart by a number of its own. */
const fillerTexts = [
  ['设备巡检工单支持拍照上传', '现场工程师巡检时要拍照留证，工单里直接看到照片'],
  ['拜访记录增加语音输入', '销售在路上不方便打字，希望说话就能记下拜访内容'],
  ['合同到期前自动提醒续签', '到期前三十天提醒负责的销售和主管，避免漏掉续约'],
  ['客户公海池按区域分配', '公海里的客户按省份自动分给对应区域的销售团队'],
].map(([title = '', description = '']) => ({
  title,
  description,
  terms: JSON.parse(searchTermsOf(title, description)) as Record<string, number>,
}));

const original = {
  title: '订单列表支持导出Excel',
  description: '销售订单列表按筛选条件导出为Excel，方便财务对账',
};
const paraphrase = '销售订单能不能导出Excel给财务对账';

/** `filler` copies of unrelated requirements and the original, changed yesterday, and one changed just now. */
async function tenantWithRequirements(filler: number): Promise<{ tenant: TestTenant; originalId: string }> {
  const tenant = await makeTenant(app);
  const pm = await makeUser(tenant, 'pm');
  const row = (title: string, description: string, searchTerms: string, at: string) =>
    requirementRow(title, pm.id, at, description, searchTerms);
  const earlier = new Date(Date.now() - 86_400_000).toISOString();
  for (let start = 0; start < filler; start += 500) {
    const rows = Array.from({ length: Math.min(500, filler - start) }, (_, i) => {
      const n = start + i;
      const text = fillerTexts[n % fillerTexts.length] as (typeof fillerTexts)[number];
      const terms = { ...text.terms, [`w:编号${n}`]: 1 };
      return row(`${text.title}（${n}）`, text.description, JSON.stringify(terms), earlier);
    });
    await tenant.tdb.insertInto('requirements', rows).execute();
  }
  const first = row(
    original.title,
    original.description,
    searchTermsOf(original.title, original.description),
    earlier,
  );
  const latest = row(
    '客户拜访签到',
    '到客户现场才能签到',
    searchTermsOf('客户拜访签到', '到客户现场才能签到'),
    nowIso(),
  );
  await tenant.tdb.insertInto('requirements', [first, latest]).execute();
  return { tenant, originalId: first.id };
}

describe('similar requirements across restarts and tenants', () => {
  it('answers the first lookup after a restart from the stored index, without re-reading every requirement', async () => {
    const { tenant, originalId } = await tenantWithRequirements(5_000);
    const before = new SimilarRequirements({ memoryBytes: 256 * 1024 * 1024 });
    expect((await before.lookup(tenant.tdb, { q: paraphrase, limit: 3 })).map((hit) => hit.id)).toEqual([
      originalId,
    ]);
    // What the rows say now no longer matches: only an instance that re-read them all would miss the original.
    await tenant.tdb
      .updateTable('requirements')
      .set({ search_terms: searchTermsOf('无关', null) })
      .execute();
    const restarted = new SimilarRequirements({ memoryBytes: 256 * 1024 * 1024 });
    const hits = await restarted.lookup(tenant.tdb, { q: paraphrase, limit: 3 });
    expect(hits.map((hit) => hit.id)).toEqual([originalId]);
    expect(hits[0]?.title).toBe(original.title);
    expect(restarted.bytesInUse).toBeLessThan(before.bytesInUse * 1.5);
  });

  it('applies on a restarted instance what was written after the stored index', async () => {
    const { tenant, originalId } = await tenantWithRequirements(2_000);
    await new SimilarRequirements({ memoryBytes: 64 * 1024 * 1024 }).lookup(tenant.tdb, {
      q: paraphrase,
      limit: 3,
    });
    const filler = await tenant.tdb
      .selectFrom('requirements')
      .select('id')
      .where('id', '!=', originalId)
      .execute();
    const [edited] = filler;
    if (!edited) throw new Error('no filler');
    const later = new Date(Date.now() + 1000).toISOString();
    await tenant.tdb
      .updateTable('requirements')
      .set({ title: paraphrase, search_terms: searchTermsOf(paraphrase, null), updated_at: later })
      .where('id', '=', edited.id)
      .execute();
    const restarted = new SimilarRequirements({ memoryBytes: 64 * 1024 * 1024 });
    const hits = await restarted.lookup(tenant.tdb, { q: paraphrase, limit: 3 });
    expect(hits.map((hit) => hit.id).sort()).toEqual([edited.id, originalId].sort());
  });

  it('replaces a stored index of an older format, so restarts load from the stored index again', async () => {
    const { tenant, originalId } = await tenantWithRequirements(1_000);
    const unreadable = { synced_until: '9999-01-01T00:00:00.000Z', data: 'AAAA', updated_at: nowIso() };
    await tenant.tdb.insertInto('similarity_snapshots', unreadable).execute();
    const query = { q: paraphrase, limit: 3 };
    const first = new SimilarRequirements({ memoryBytes: 64 * 1024 * 1024 });
    expect((await first.lookup(tenant.tdb, query)).map((hit) => hit.id)).toEqual([originalId]);
    // Only an index loaded from a stored one still knows what the rows said before.
    await tenant.tdb
      .updateTable('requirements')
      .set({ search_terms: searchTermsOf('无关', null) })
      .execute();
    const restarted = new SimilarRequirements({ memoryBytes: 64 * 1024 * 1024 });
    expect((await restarted.lookup(tenant.tdb, query)).map((hit) => hit.id)).toEqual([originalId]);
  });

  it('keeps every tenant within the memory budget, and a tenant that was let go still finds its duplicates', async () => {
    const tenants = [];
    for (let i = 0; i < 4; i++) tenants.push(await tenantWithRequirements(2_000));
    const probe = new SimilarRequirements({ memoryBytes: 1024 ** 3 });
    const [first] = tenants;
    if (!first) throw new Error('no tenant');
    await probe.lookup(first.tenant.tdb, { q: paraphrase, limit: 3 });
    const oneTenant = probe.bytesInUse;
    expect(oneTenant).toBeGreaterThan(0);

    const budget = Math.floor(oneTenant * 2.5);
    const similar = new SimilarRequirements({ memoryBytes: budget });
    for (const { tenant, originalId } of [...tenants, first]) {
      const hits = await similar.lookup(tenant.tdb, { q: paraphrase, limit: 3 });
      expect(hits.map((hit) => hit.id)).toEqual([originalId]);
      expect(similar.bytesInUse).toBeLessThanOrEqual(budget);
    }
  });

  it("reads requirements whose terms were stored under an older lexicon with today's lexicon", async () => {
    const { tenant } = await tenantWithRequirements(0);
    const stale = (await tenant.tdb.selectFrom('requirements').select('id').execute())[0];
    if (!stale) throw new Error('no requirement');
    await tenant.tdb
      .updateTable('requirements')
      .set({ title: '客户在线对账', description: null, search_terms: '{"w:无关":2}' })
      .where('id', '=', stale.id)
      .execute();
    const similar = new SimilarRequirements({ memoryBytes: 64 * 1024 * 1024 });
    const hits = await similar.lookup(tenant.tdb, { q: '甲方要能在线对一下账', limit: 3 });
    expect(hits.map((hit) => hit.id)).toEqual([stale.id]);
  });

  it('learns from a merge that the merged wording means the survivor, for that tenant only, until it is undone', async () => {
    const merging = await tenantWithRequirements(0);
    const other = await tenantWithRequirements(0);
    const similar = new SimilarRequirements({ memoryBytes: 64 * 1024 * 1024 });
    const add = async (tenant: TestTenant, title: string) => {
      const pm = await makeUser(tenant, 'pm');
      const row = requirementRow(title, pm.id, nowIso());
      await tenant.tdb.insertInto('requirements', [row]).execute();
      return row.id;
    };
    const survivor = await add(merging.tenant, '送货回执电子化');
    const merged = await add(merging.tenant, '小蓝单电子化');
    await add(other.tenant, '送货回执电子化');
    const query = { q: '客户要看小蓝单', limit: 3 };
    expect(await similar.lookup(merging.tenant.tdb, query)).toEqual([
      expect.objectContaining({ id: merged }),
    ]);

    const mergeAt = new Date(Date.now() + 1000).toISOString();
    const merge = { status: 'merged', merged_into_id: survivor, updated_at: mergeAt };
    await merging.tenant.tdb.updateTable('requirements').set(merge).where('id', '=', merged).execute();
    expect((await similar.lookup(merging.tenant.tdb, query)).map((hit) => hit.id)).toEqual([survivor]);
    expect(await similar.lookup(other.tenant.tdb, query)).toEqual([]);
    const restarted = new SimilarRequirements({ memoryBytes: 64 * 1024 * 1024 });
    expect((await restarted.lookup(merging.tenant.tdb, query)).map((hit) => hit.id)).toEqual([survivor]);

    const undoAt = new Date(Date.now() + 2000).toISOString();
    const undo = { status: 'new', merged_into_id: null, updated_at: undoAt };
    await merging.tenant.tdb.updateTable('requirements').set(undo).where('id', '=', merged).execute();
    expect((await similar.lookup(merging.tenant.tdb, query)).map((hit) => hit.id)).toEqual([merged]);
  });
});
