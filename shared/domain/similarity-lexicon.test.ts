import { describe, expect, it } from 'vitest';
import lexicon from './similarity-lexicon.json';
import { termsOf } from './similarity-terms';

const words = (text: string) => [...termsOf(text).keys()].filter((term) => !term.startsWith('b:'));

describe('the B2B synonym lexicon', () => {
  it('holds hundreds of groups, each phrase in one group only and written as text is compared (NFKC, lower case)', () => {
    const groups = lexicon.topics.flatMap((topic) => topic.groups);
    expect(groups.length).toBeGreaterThanOrEqual(200);
    const groupOf = new Map<string, string>();
    const twice: string[] = [];
    const misspelt: string[] = [];
    for (const [word = '', ...members] of groups) {
      for (const phrase of [word, ...members]) {
        if (groupOf.has(phrase)) twice.push(`${phrase} (${groupOf.get(phrase)}, ${word})`);
        if (phrase !== phrase.normalize('NFKC').toLowerCase()) misspelt.push(phrase);
        groupOf.set(phrase, word);
      }
    }
    expect(twice).toEqual([]);
    expect(misspelt).toEqual([]);
  });

  it('reads the way reps talk as the word the requirement uses', () => {
    expect(words('让甲方对一下账')).toEqual(words('客户对账'));
    expect(words('上生产')).toEqual(words('投产'));
    expect(words('老板批一下')).toEqual(words('领导审批'));
    expect(words('订单能拉个表出来吗')).toEqual(expect.arrayContaining(['w:订单', 'w:导出', 'w:excel']));
  });

  it('keeps a group word whole and English phrases to whole words', () => {
    expect(words('记录竞争对手')).toContain('w:竞争对手');
    expect(words('application form')).not.toContain('w:手机');
    expect(words('app crash')).toEqual(['w:手机', 'w:崩溃']);
  });
});
