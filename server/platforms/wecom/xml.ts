/**
 * Just enough XML for WeCom's callback envelopes and events: elements, text, CDATA and the five entities.
 * No attributes are kept and no DTDs are read (the payloads have neither), so there is nothing to expand.
 */

export type XmlValue = string | XmlRecord | XmlValue[];
export interface XmlRecord {
  [name: string]: XmlValue;
}

/** The children of the document's root element (`<xml>…</xml>`), or null when the text is not such a document. */
export function parseXmlRecord(xml: string): XmlRecord | null {
  const parser = new Parser(xml);
  try {
    parser.skipProlog();
    const root = parser.element();
    return typeof root.value === 'string' ? {} : root.value;
  } catch {
    return null;
  }
}

export function textOf(record: XmlRecord, name: string): string | undefined {
  const value = record[name];
  return typeof value === 'string' ? value : undefined;
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Parser {
  private position = 0;

  constructor(private readonly source: string) {}

  skipProlog(): void {
    for (;;) {
      this.skipSpace();
      if (this.source.startsWith('<?', this.position)) this.skipPast('?>');
      else if (this.source.startsWith('<!--', this.position)) this.skipPast('-->');
      else return;
    }
  }

  element(): { name: string; value: string | XmlRecord } {
    const openTag = /<([A-Za-z_][\w.-]*)[^>]*?(\/?)>/y;
    openTag.lastIndex = this.position;
    const open = openTag.exec(this.source);
    if (!open?.[1]) throw new Error('expected an element');
    const name = open[1];
    this.position += open[0].length;
    if (open[2] === '/') return { name, value: '' };
    let text = '';
    const children: XmlRecord = {};
    let hasChildren = false;
    for (;;) {
      if (this.position >= this.source.length) throw new Error(`unclosed <${name}>`);
      if (this.source.startsWith('<![CDATA[', this.position)) {
        const end = this.source.indexOf(']]>', this.position);
        if (end < 0) throw new Error('unclosed CDATA');
        text += this.source.slice(this.position + 9, end);
        this.position = end + 3;
      } else if (this.source.startsWith('<!--', this.position)) {
        this.skipPast('-->');
      } else if (this.source.startsWith('</', this.position)) {
        this.skipPast('>');
        return { name, value: hasChildren ? children : text };
      } else if (this.source[this.position] === '<') {
        const child = this.element();
        hasChildren = true;
        const existing = children[child.name];
        if (existing === undefined) children[child.name] = child.value;
        else if (Array.isArray(existing)) existing.push(child.value);
        else children[child.name] = [existing, child.value];
      } else {
        const end = this.source.indexOf('<', this.position);
        const raw = this.source.slice(this.position, end < 0 ? undefined : end);
        text += raw.replace(/&(lt|gt|amp|quot|apos);/g, (_, entity: string) => entities[entity] ?? '');
        this.position += raw.length;
      }
    }
  }

  private skipSpace(): void {
    while (/\s/.test(this.source[this.position] ?? '')) this.position += 1;
  }

  private skipPast(marker: string): void {
    const end = this.source.indexOf(marker, this.position);
    if (end < 0) throw new Error(`expected ${marker}`);
    this.position = end + marker.length;
  }
}
