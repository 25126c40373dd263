/** Fitting notification text into the platforms' size limits without splitting a character. */

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
export const characters = (text: string): number => [...text].length;

/** The longest prefix of `text` (plus "…" when cut) for which `measure` stays within `max`. */
export function fitText(text: string, max: number, measure: (text: string) => number = utf8Bytes): string {
  if (measure(text) <= max) return text;
  const chars = [...text];
  const candidate = (count: number) => `${chars.slice(0, count).join('').trimEnd()}…`;
  let low = 0;
  let high = chars.length - 1;
  if (measure(candidate(0)) > max) return '';
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(candidate(middle)) <= max) low = middle;
    else high = middle - 1;
  }
  return candidate(low);
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** User text for a card that reads HTML (WeCom textcard `<div>`, `<a>` in text messages): tags show as typed. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => htmlEntities[char] ?? char);
}

/**
 * User text for a markdown card (DingTalk markdown and action cards): a title like `[登录](https://evil.example)`
 * shows those characters instead of becoming a link, an image, emphasis, a heading, a list or an HTML tag.
 */
export function escapeMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_[\]()#!|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\./gm, '$1\\.');
}
