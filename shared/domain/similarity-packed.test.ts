import { describe, expect, it } from 'vitest';
import { eachPosting, packPostings } from './similarity-packed';

describe('packed postings', () => {
  it('give back every slot and count, large gaps and counts included', () => {
    const start = Int32Array.from([0, 4, 6]);
    const slots = Int32Array.from([0, 1, 5_000, 3_000_000, 7, 8]);
    const halves = Uint16Array.from([1, 7, 8, 200, 2, 65_535]);
    const packed = packPostings(start, slots, halves);
    const read = (termId: number) => {
      const postings: [number, number][] = [];
      eachPosting(packed, termId, (slot, count) => {
        postings.push([slot, count]);
        return false;
      });
      return postings;
    };
    expect(read(0)).toEqual([
      [0, 0.5],
      [1, 3.5],
      [5_000, 4],
      [3_000_000, 100],
    ]);
    expect(read(1)).toEqual([
      [7, 1],
      [8, 32_767.5],
    ]);
    expect(read(2)).toEqual([]);
  });
});
