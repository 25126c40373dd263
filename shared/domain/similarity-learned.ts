/**
 * What a tenant's merges teach: when a PM merges "小蓝单电子化" into "送货回执电子化", the words in which the two titles
 * differ (小蓝单, 送货回执) mean the same in that company. A query using the merged wording is also searched in the
 * survivor's (see server/features/requirements/similarity-learned.ts for where the pairs come from).
 */
import { wordsOf } from './similarity-terms';

/** Each side of what a merge teaches may be this many words at most; more is a different sentence, not a synonym. */
const maxWords = 3;

export interface LearnedPair {
  from: string[];
  to: string[];
}

/**
 * The words a merged requirement's title says differently from its survivor's, when the two titles share words
 * around one differing stretch; null when they share none or differ all over.
 */
export function learnedPair(mergedTitle: string, survivorTitle: string): LearnedPair | null {
  const from = wordsOf(mergedTitle);
  const to = wordsOf(survivorTitle);
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let end = 0;
  while (
    end < from.length - start &&
    end < to.length - start &&
    from[from.length - 1 - end] === to[to.length - 1 - end]
  )
    end++;
  const fromMiddle = from.slice(start, from.length - end);
  const toMiddle = to.slice(start, to.length - end);
  const shared = start + end;
  if (shared === 0 || fromMiddle.length === 0 || toMiddle.length === 0) return null;
  if (fromMiddle.length > maxWords || toMiddle.length > maxWords) return null;
  // A single character on its own (单, 表) is too vague to stand for anything.
  if (fromMiddle.join('').length < 2) return null;
  return { from: fromMiddle, to: toMiddle };
}

/** One tenant's learned pairs, applied to a query's words. */
export class LearnedWords {
  private readonly byFirst = new Map<string, LearnedPair[]>();

  constructor(pairs: Iterable<LearnedPair>) {
    for (const pair of pairs) {
      const first = pair.from[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push(pair);
      list.sort((x, y) => y.from.length - x.from.length);
      this.byFirst.set(first, list);
    }
  }

  /** The query said in the survivors' words, or null when it uses none of the merged wordings. */
  rewrite(query: string): string | null {
    if (this.byFirst.size === 0) return null;
    const words = wordsOf(query);
    const out: string[] = [];
    let changed = false;
    for (let i = 0; i < words.length; ) {
      const pair = this.byFirst
        .get(words[i] as string)
        ?.find((candidate) => candidate.from.every((word, k) => words[i + k] === word));
      if (pair) {
        out.push(...pair.to);
        i += pair.from.length;
        changed = true;
      } else {
        out.push(words[i] as string);
        i++;
      }
    }
    return changed ? out.join(' ') : null;
  }
}
