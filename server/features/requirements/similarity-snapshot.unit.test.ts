import { SimilarityIndex } from '@shared/domain/similarity';
import { requirementTerms } from '@shared/domain/similarity-terms';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot } from './similarity-snapshot';

describe('similarity snapshots', () => {
  it('are not used once the lexicon changed, so an index never mixes words cut two ways', () => {
    const index = new SimilarityIndex();
    index.upsert('a', requirementTerms('客户在线对账', null));
    const bytes = encodeSnapshot(index.exportDocs());
    expect(decodeSnapshot(bytes)?.ids).toEqual(['a']);
    const headLength = bytes.readUInt32LE(0);
    const head = JSON.parse(bytes.toString('utf8', 4, 4 + headLength)) as { lexicon: string };
    const otherHead = Buffer.from(JSON.stringify({ ...head, lexicon: `${head.lexicon}x` }));
    const length = Buffer.alloc(4);
    length.writeUInt32LE(otherHead.length);
    expect(decodeSnapshot(Buffer.concat([length, otherHead, bytes.subarray(4 + headLength)]))).toBeNull();
  });
});
