/** An OutgoingMessage as a WeCom application message (§4.5): a textcard, trimmed to its byte limits. */

import { characters, escapeHtml, fitText, utf8Bytes } from '../text';
import type { OutgoingMessage } from '../types';

export function renderWeComMessage(agentId: string, recipient: string, message: OutgoingMessage) {
  const common = { touser: recipient, agentid: Number(agentId) };
  // No card callbacks here: a callback button becomes a link to its confirm page.
  const action = message.callback
    ? { label: message.callback.label, url: message.callback.fallbackUrl }
    : message.actions[0];
  const link = action ? { url: action.url, label: action.label } : message.url ? { url: message.url } : null;
  if (!link) {
    // A textcard needs a URL; without one the same words go as text.
    return {
      ...common,
      msgtype: 'text',
      text: { content: fitEscaped(`${message.title}\n${message.body}`, 2048) },
    };
  }
  const textcard: Record<string, string> = {
    title: fitText(message.title, 128),
    description: fitEscaped(message.body, 512),
    url: link.url,
  };
  // Without btntxt WeCom shows its own "详情"; the button text allows 4 characters.
  if (link.label) textcard.btntxt = fitText(link.label, 4, characters);
  return { ...common, msgtype: 'textcard', textcard };
}

/** Text messages take `<a>` and textcard descriptions `<div>`: user text is escaped, cut as typed to fit. */
function fitEscaped(text: string, maxBytes: number): string {
  return escapeHtml(fitText(text, maxBytes, (candidate) => utf8Bytes(escapeHtml(candidate))));
}
