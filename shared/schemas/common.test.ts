import { describe, expect, it } from 'vitest';
import { cursorSchema, encodeCursor } from './common';

describe('cursors', () => {
  it('round-trip sort keys, Chinese text included', () => {
    const cursor = encodeCursor(['杭州鲜丰汇零售', 42, '01a207f6-3a9a-7797-9396-c30d6e9ea490']);
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(cursorSchema.parse(cursor)).toEqual([
      '杭州鲜丰汇零售',
      42,
      '01a207f6-3a9a-7797-9396-c30d6e9ea490',
    ]);
  });

  it('reject anything that is not one of ours', () => {
    expect(cursorSchema.safeParse('not-a-cursor').success).toBe(false);
    expect(cursorSchema.safeParse(encodeCursor([]).replace(/^/, 'x')).success).toBe(false);
    expect(cursorSchema.safeParse(btoa('{"a":1}')).success).toBe(false);
  });
});
