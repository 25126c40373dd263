/** An OutgoingMessage as a Feishu interactive card (§3.5, v1 card schema) and its dedupe uuid. */
import { createHash } from 'node:crypto';
import type { OutgoingMessage } from '../types';

export function renderFeishuCard(message: OutgoingMessage): string {
  // plain_text, never markdown: user text (a `[link](…)`, `<at id=all>`, `<font>`) shows as typed.
  const elements: Record<string, unknown>[] = [
    { tag: 'div', text: { tag: 'plain_text', content: message.body } },
  ];
  const links = message.actions.slice(0, message.callback ? 1 : 2).map((action) => ({
    tag: 'button',
    text: { tag: 'plain_text', content: action.label },
    url: action.url,
  }));
  const callback = message.callback
    ? [
        {
          tag: 'button',
          text: { tag: 'plain_text', content: message.callback.label },
          value: message.callback.value,
        },
      ]
    : [];
  const actions = [...callback, ...links].map((button, index) => ({
    ...button,
    type: index === 0 ? 'primary' : 'default',
  }));
  if (actions.length > 0) elements.push({ tag: 'action', actions });
  const card: Record<string, unknown> = {
    config: { wide_screen_mode: true },
    header: { template: 'blue', title: { tag: 'plain_text', content: message.title } },
    elements,
  };
  // The whole card opens the link; the buttons keep their own.
  if (message.url) card.card_link = { url: message.url };
  return JSON.stringify(card);
}

/** Feishu accepts at most 50 characters as `uuid` (one send per uuid per hour); longer keys are hashed. */
export function feishuUuid(dedupeKey: string): string {
  if (/^[\w-]{1,50}$/.test(dedupeKey)) return dedupeKey;
  return createHash('sha256').update(dedupeKey).digest('hex').slice(0, 50);
}
