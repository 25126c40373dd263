/** Just enough XML for WeCom callbacks: build an event body, read one tag of a reply. */
export type XmlValue = string | number | XmlFields | XmlFields[];
export interface XmlFields {
  [tag: string]: XmlValue;
}

function render(tag: string, value: XmlValue): string {
  if (Array.isArray(value)) return value.map((item) => render(tag, item)).join('');
  if (typeof value === 'number') return `<${tag}>${value}</${tag}>`;
  if (typeof value === 'string') return `<${tag}><![CDATA[${value}]]></${tag}>`;
  return `<${tag}>${renderFields(value)}</${tag}>`;
}

const renderFields = (fields: XmlFields): string =>
  Object.entries(fields)
    .map(([tag, value]) => render(tag, value))
    .join('');

export const toXml = (fields: XmlFields): string => `<xml>${renderFields(fields)}</xml>`;

export function readTag(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${tag}>`).exec(xml);
  return match ? (match[1] ?? match[2] ?? '') : null;
}
