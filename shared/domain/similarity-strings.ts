/**
 * The strings of a similarity index (its terms and its document ids) as one text and the offsets where each ends, so
 * an index loaded from a snapshot reads them in place instead of building a string and a map entry per item.
 */

/** A block of strings as stored: string i is text[ends[i - 1] … ends[i]) (string offsets, not bytes). */
export interface StringBlock {
  text: string;
  ends: Int32Array;
}

export function stringBlock(items: readonly string[]): StringBlock {
  const ends = new Int32Array(items.length);
  let at = 0;
  items.forEach((item, i) => {
    at += item.length;
    ends[i] = at;
  });
  return { text: items.join(''), ends };
}

/** The loaded block's strings, then those added since. */
class Strings {
  protected readonly added: string[] = [];

  constructor(protected readonly block: StringBlock = { text: '', ends: new Int32Array(0) }) {}

  get length(): number {
    return this.block.ends.length + this.added.length;
  }

  at(i: number): string {
    const { ends, text } = this.block;
    if (i >= ends.length) return this.added[i - ends.length] as string;
    return text.slice(i === 0 ? 0 : (ends[i - 1] as number), ends[i] as number);
  }

  all(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** Term ↔ term id. A loaded block is sorted, so a term is found by bisection; terms added later go in a map. */
export class TermDictionary extends Strings {
  private readonly addedIds = new Map<string, number>();

  idOf(term: string): number | undefined {
    let low = 0;
    let high = this.block.ends.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const found = this.at(middle);
      if (found === term) return middle;
      if (found < term) low = middle + 1;
      else high = middle - 1;
    }
    return this.addedIds.get(term);
  }

  /** The term's id, numbering it when new. */
  add(term: string): number {
    let id = this.idOf(term);
    if (id === undefined) {
      id = this.length;
      this.added.push(term);
      this.addedIds.set(term, id);
    }
    return id;
  }
}

/** Slot → document id, and (built on first need, as only writes ask) document id → live slot. */
export class DocIds extends Strings {
  private slots: Map<string, number> | null = null;

  push(id: string): number {
    const slot = this.length;
    this.added.push(id);
    this.slots?.set(id, slot);
    return slot;
  }

  slotOf(id: string): number | undefined {
    return this.slotMap().get(id);
  }

  forget(id: string): void {
    this.slotMap().delete(id);
  }

  private slotMap(): Map<string, number> {
    if (!this.slots) {
      this.slots = new Map();
      for (let slot = 0; slot < this.length; slot++) this.slots.set(this.at(slot), slot);
    }
    return this.slots;
  }
}
