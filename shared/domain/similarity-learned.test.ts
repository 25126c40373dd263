import { describe, expect, it } from 'vitest';
import { LearnedWords, learnedPair } from './similarity-learned';

describe('what a merge teaches', () => {
  it('pairs the one stretch in which two merged titles differ', () => {
    expect(learnedPair('小蓝单电子化', '送货回执电子化')).toEqual({
      from: ['小', '蓝', '单'],
      to: ['发货', '回', '执'],
    });
  });

  it('learns nothing from titles the lexicon already reads alike, that share no word, or differ all over', () => {
    expect(learnedPair('甲方要能在线对账', '客户在线对账')).toBeNull();
    expect(learnedPair('小蓝单', '送货回执')).toBeNull();
    expect(learnedPair('仓库盘点按库位生成盘盈盘亏单', '仓库盘点差异报告发给财务')).toBeNull();
  });

  it("says a query in the survivor's words only where it used the merged wording", () => {
    const pair = learnedPair('小蓝单电子化', '送货回执电子化');
    const words = new LearnedWords(pair ? [pair] : []);
    expect(words.rewrite('小蓝单要能批量打印')).toBe('发货 回 执 批量 打印');
    expect(words.rewrite('发货单批量打印')).toBeNull();
  });
});
