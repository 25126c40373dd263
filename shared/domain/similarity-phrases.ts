/**
 * Phrase replacement for similarity terms: at each place in a text the longest known phrase is read as its meaning,
 * so 对一下账 becomes 对账 before the text is cut into words. The B2B lexicon (similarity-lexicon.json) and what a
 * tenant's merges taught (similarity-learned.ts) are both phrase books of this one kind.
 */

const latin = /[a-z0-9]/;

/** A text with its phrases replaced, and the [start, end) of each word they were replaced by. */
export interface Reading {
  text: string;
  known: [start: number, end: number][];
}

export class PhraseBook {
  /** Phrases by their first character, longest first. */
  private readonly byFirst = new Map<string, string[]>();
  private readonly meaningOf = new Map<string, string>();

  constructor(pairs: Iterable<readonly [phrase: string, meaning: string]>) {
    for (const [phrase, meaning] of pairs) {
      if (!phrase || this.meaningOf.has(phrase)) continue;
      this.meaningOf.set(phrase, meaning);
      const first = phrase[0] as string;
      const list = this.byFirst.get(first) ?? [];
      list.push(phrase);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((x, y) => y.length - x.length);
  }

  get size(): number {
    return this.meaningOf.size;
  }

  /**
   * The text with every phrase found replaced by the words it means, set apart by spaces, and where each of those
   * words stands in it (so a segmenter's cut inside one can be overruled: each is one word).
   */
  read(text: string): Reading {
    let out = '';
    const known: [start: number, end: number][] = [];
    let plainFrom = 0;
    let i = 0;
    while (i < text.length) {
      const phrase = this.byFirst.size > 0 ? this.phraseAt(text, i) : undefined;
      if (phrase === undefined) {
        i++;
        continue;
      }
      out += text.slice(plainFrom, i);
      for (const word of (this.meaningOf.get(phrase) as string).split(' ')) {
        out += ' ';
        known.push([out.length, out.length + word.length]);
        out += word;
      }
      out += ' ';
      i += phrase.length;
      plainFrom = i;
    }
    return { text: out + text.slice(plainFrom), known };
  }

  private phraseAt(text: string, at: number): string | undefined {
    const candidates = this.byFirst.get(text[at] as string);
    if (!candidates) return undefined;
    for (const phrase of candidates) {
      if (!text.startsWith(phrase, at)) continue;
      // An English phrase only counts as a whole word: "app" is not inside "application".
      if (latin.test(phrase[0] as string) && at > 0 && latin.test(text[at - 1] as string)) continue;
      const after = text[at + phrase.length];
      if (latin.test(phrase.at(-1) as string) && after !== undefined && latin.test(after)) continue;
      return phrase;
    }
    return undefined;
  }
}
