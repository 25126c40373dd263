import { describe, expect, it } from 'vitest';
import { characters, fitText, utf8Bytes } from './text';

describe('fitText', () => {
  it('leaves text that fits alone', () => {
    expect(fitText('拜访记录', 12)).toBe('拜访记录');
  });

  it('cuts by bytes without splitting a character, marking the cut', () => {
    const cut = fitText('客户拜访已完成', 12);
    expect(cut).toBe('客户拜…');
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(12);
  });

  it('counts characters when asked, emoji as one', () => {
    expect(fitText('👍👍👍👍👍', 4, characters)).toBe('👍👍👍…');
  });

  it('gives up to an empty string when not even the mark fits', () => {
    expect(fitText('abc', 2)).toBe('');
  });
});
