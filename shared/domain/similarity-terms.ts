/**
 * Requirement text as search terms: Intl.Segmenter words, CJK character bigrams and English words, after the B2B
 * lexicon (similarity-lexicon.json) has read every synonym as its group's word, so 移动端/手机/APP, 甲方/客户 and
 * 上生产/投产/上线 count as one word.
 */
import lexicon from './similarity-lexicon.json';
import { PhraseBook } from './similarity-phrases';

/** Words that ride along in almost every requirement and say nothing about which one it is. */
const stopWords = new Set(lexicon.stopWords);

/** Every member of a group, and the group's word itself (so 竞争对手 is not read as 竞争 + 对手), mapped to it. */
const phrases = new PhraseBook(
  lexicon.topics.flatMap(({ groups }) =>
    groups.flatMap(([word = '', ...members]) => [word, ...members].map((member) => [member, word] as const)),
  ),
);

/**
 * Changes whenever the lexicon or the way terms are cut changes: terms stored under another version are cut again.
 * FNV-1a over the lexicon, enough to tell two lexicons apart.
 */
export const termsVersion = (() => {
  let hash = 0x811c9dc5;
  for (const char of `1:${JSON.stringify(lexicon)}`)
    hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return (hash >>> 0).toString(36);
})();

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Term → count. Words count twice (they carry meaning); character bigrams inside a word catch what the segmenter
 * splits differently, and a bigram across two neighbouring words counts half (often, not always, noise).
 */
export function termsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  let previousChar: string | null = null;
  const addWord = (word: string, isWordLike: boolean) => {
    if (!isWordLike || !cjk.test(word)) {
      previousChar = null;
      if (isWordLike && !stopWords.has(word)) addLatinWord(word, add);
      return;
    }
    if (stopWords.has(word)) {
      previousChar = null;
      return;
    }
    add(word.length > 1 ? `w:${word}` : `c:${word}`, word.length > 1 ? 2 : 1);
    for (let i = 0; i + 1 < word.length; i++) add(`b:${word.slice(i, i + 2)}`, 1);
    if (previousChar) add(`b:${previousChar}${word[0]}`, 0.5);
    previousChar = word.at(-1) ?? null;
  };
  eachWord(text, addWord);
  return counts;
}

/** The words of a text as the index reads them (after the lexicon, without stop words and punctuation), in order. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  eachWord(text, (word, isWordLike) => {
    if (isWordLike && !stopWords.has(word)) words.push(word);
  });
  return words;
}

function eachWord(text: string, visit: (word: string, isWordLike: boolean) => void): void {
  const { text: read, known } = phrases.read(text.normalize('NFKC').toLowerCase());
  let next = 0;
  for (const { segment, index, isWordLike } of segmenter.segment(read)) {
    const span = known[next];
    if (span && index >= span[0]) {
      // A word the lexicon put here is one word, however the segmenter cut it.
      if (index === span[0]) visit(read.slice(span[0], span[1]), true);
      if (index + segment.length >= span[1]) next++;
      continue;
    }
    visit(segment, isWordLike ?? false);
  }
}

function addLatinWord(segment: string, add: (term: string, weight: number) => void): void {
  const word = segment.length > 3 ? segment.replace(/s$/, '') : segment;
  if (word.length > 1 || /\d/.test(word)) add(`w:${word}`, 2);
}

/** The text a requirement is matched on: the title counts twice as much as the description. */
export function requirementTerms(title: string, description: string | null): Map<string, number> {
  const terms = termsOf(title);
  for (const [term, count] of terms) terms.set(term, count * 2);
  for (const [term, count] of termsOf(description ?? '')) terms.set(term, (terms.get(term) ?? 0) + count);
  return terms;
}
