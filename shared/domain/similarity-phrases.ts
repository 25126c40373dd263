/**
 * Phrase replacement for similarity terms: at each place in a text the longest known phrase is read as its meaning,
 * so 对一下账 becomes 对账 before the text is cut into words. The B2B lexicon (similarity-lexicon.json) and what a
 * tenant's merges taught (similarity-learned.ts) are both phrase books of this one kind.
 */

const latin = /[a-z0-9]/;

/** A stretch of text: plain, or a phrase read as its words (each one word, whatever a segmenter would make of it). */
export interface Piece {
  text: string;
  words: string[] | null;
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

  /** The text cut at every phrase found: plain stretches as they are, phrases as the words they mean. */
  pieces(text: string): Piece[] {
    const pieces: Piece[] = [];
    let plainFrom = 0;
    let i = 0;
    while (i < text.length) {
      const phrase = this.byFirst.size > 0 ? this.phraseAt(text, i) : undefined;
      if (phrase === undefined) {
        i++;
        continue;
      }
      if (plainFrom < i) pieces.push({ text: text.slice(plainFrom, i), words: null });
      pieces.push({ text: phrase, words: (this.meaningOf.get(phrase) as string).split(' ') });
      i += phrase.length;
      plainFrom = i;
    }
    if (plainFrom < text.length) pieces.push({ text: text.slice(plainFrom), words: null });
    return pieces;
  }

  /** The text with every phrase found replaced by its meaning, set apart by spaces. */
  rewrite(text: string): string {
    return this.pieces(text)
      .map((piece) => (piece.words ? ` ${piece.words.join(' ')} ` : piece.text))
      .join('');
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
