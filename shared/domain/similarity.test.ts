import { cases, colloquialCases, pool, rankingFigures } from '@test/fixtures/similar-requirements';
import { describe, expect, it } from 'vitest';
import { SimilarityIndex, suggestionCutoffs } from './similarity';
import { requirementTerms, termsOf } from './similarity-terms';

function poolIndex(): SimilarityIndex {
  const index = new SimilarityIndex();
  for (const r of pool) index.upsert(r.id, requirementTerms(r.title, r.description));
  return index;
}

const suggest = (index: SimilarityIndex, query: string) =>
  index.search(termsOf(query), { limit: 3, ...suggestionCutoffs });

describe('similar requirements', () => {
  it('finds duplicates worded differently, colloquial ones included, and leaves look-alikes out (top-3 precision and recall ≥ 0.9)', () => {
    const index = poolIndex();
    const all = [...cases, ...colloquialCases];
    const ids = (query: string) => suggest(index, query).map((hit) => hit.id);
    const colloquial = rankingFigures(ids, colloquialCases);
    const { precision, recall, misses } = rankingFigures(ids, all);
    console.log(
      `similar-requirements: ${all.length} cases, top-3 precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; ` +
        `${colloquialCases.length} colloquial: precision ${colloquial.precision.toFixed(3)}, recall ${colloquial.recall.toFixed(3)}`,
    );
    if (misses.length) console.log(misses.join('\n'));
    expect(colloquialCases.length).toBeGreaterThanOrEqual(40);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('treats 移动端, 手机 and APP as the same word', () => {
    expect(termsOf('移动端审批').has('w:手机')).toBe(true);
    expect(termsOf('APP审批').has('w:手机')).toBe(true);
  });

  it('matches English requirement text too', () => {
    const index = new SimilarityIndex();
    index.upsert('a', requirementTerms('Export orders to Excel', null));
    index.upsert('b', requirementTerms('Single sign-on with WeCom', null));
    expect(suggest(index, 'order export as xlsx')[0]?.id).toBe('a');
  });

  it('forgets a removed requirement and ranks an edited one by its new words', () => {
    const index = poolIndex();
    index.remove('R01');
    expect(suggest(index, '订单导出Excel').map((h) => h.id)).not.toContain('R01');
    index.upsert('R36', requirementTerms('订单导出Excel对账', null));
    expect(suggest(index, '订单导出Excel')[0]?.id).toBe('R36');
  });

  it('keeps answering correctly after many removals compact the index', () => {
    const index = new SimilarityIndex();
    for (let i = 0; i < 3000; i++) index.upsert(`x${i}`, requirementTerms(`临时需求${i}号 仓库`, null));
    for (let i = 0; i < 2500; i++) index.remove(`x${i}`);
    index.upsert('keep', requirementTerms('扫码出入库', null));
    expect(index.size).toBe(501);
    expect(suggest(index, '扫条码入库')[0]?.id).toBe('keep');
  });

  it('scores between 0 and 1 and suggests nothing for an empty query', () => {
    const index = poolIndex();
    const [hit] = suggest(index, '订单列表支持导出Excel');
    expect(hit?.score).toBeGreaterThan(0.5);
    expect(hit?.score).toBeLessThanOrEqual(1);
    expect(suggest(index, '的了')).toEqual([]);
  });
});
