import { SimilarityIndex } from '@shared/domain/similarity';
import { requirementTerms, termsOf } from '@shared/domain/similarity-terms';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from './similarity-snapshot';

function withHead(bytes: Buffer, change: (head: Record<string, unknown>) => Record<string, unknown>): Buffer {
  const headLength = bytes.readUInt32LE(0);
  const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as Record<string, unknown>;
  const otherHead = Buffer.from(JSON.stringify(change(head)));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(otherHead.length);
  return Buffer.concat([length, otherHead, bytes.subarray(4 + headLength)]);
}

const texts = [
  ['a', '客户在线对账', null],
  ['b', '销售订单支持导出Excel', '财务每月对账时要用'],
  ['c', '采购订单批量导入', '供应商太多，一个个录太慢'],
  ['d', '库存到期自动提醒', null],
  ['e', '采购订单导出Excel', null],
  ['f', '采购订单导出PDF', null],
] as const;

function sampleIndex(): SimilarityIndex {
  const index = new SimilarityIndex();
  for (const [id, title, description] of texts) index.upsert(id, requirementTerms(title, description));
  index.remove('d');
  return index;
}

describe('similarity snapshots', () => {
  it('load into an index that answers and takes writes as the one that was saved', () => {
    const saved = sampleIndex();
    const bytes = encodeSnapshot({
      image: saved.exportImage(),
      applied: new Map([['b', '2026-01-01T00:00:00.000Z']]),
    });
    const snapshot = decodeSnapshot(bytes);
    expect(snapshot?.applied.get('b')).toBe('2026-01-01T00:00:00.000Z');
    const loaded = SimilarityIndex.fromImage(snapshot?.image as never);
    const search = (index: SimilarityIndex, q: string) => index.search(termsOf(q), { limit: 10 });
    for (const q of ['销售订单导出Excel', '对账', '批量导入采购单', '库存提醒'])
      expect(search(loaded, q)).toEqual(search(saved, q));
    for (const index of [saved, loaded]) {
      index.upsert('b', requirementTerms('库存到期自动提醒', null));
      index.remove('c');
    }
    for (const q of ['订单导出Excel', '库存提醒', '批量导入采购单'])
      expect(search(loaded, q)).toEqual(search(saved, q));
  });

  it('are not used once the lexicon or the format changed, so an index never mixes words cut two ways', () => {
    const bytes = encodeSnapshot({ image: sampleIndex().exportImage(), applied: new Map() });
    expect(decodeSnapshot(bytes)?.image.ids.ends.length).toBe(5);
    expect(decodeSnapshot(withHead(bytes, (head) => ({ ...head, lexicon: `${head.lexicon}x` })))).toBeNull();
    expect(decodeSnapshot(withHead(bytes, (head) => ({ ...head, version: 2 })))).toBeNull();
    expect(decodeSnapshot(Buffer.alloc(0))).toBeNull();
  });
});
