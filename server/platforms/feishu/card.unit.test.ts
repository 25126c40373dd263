import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../types';
import { renderFeishuCard } from './card';

const hostile: OutgoingMessage = {
  dedupeKey: 'd-1',
  title: '[点此重新登录](https://evil.example)',
  body: '<at id=all></at> ![img](img_v2_x) <font color="red">紧急</font> [登录](https://evil.example) **粗**',
  url: 'https://fieldloop.example/requirements/7',
  actions: [],
};

/** Every text object of a card whose tag makes Feishu interpret markdown or tags. */
function renderedTexts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(renderedTexts);
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = record.tag === 'markdown' || record.tag === 'lark_md' ? [String(record.content)] : [];
  return [...own, ...Object.values(record).flatMap(renderedTexts)];
}

describe('Feishu card text', () => {
  it('puts title and note into the card as plain text, so mentions, images and links show as typed', () => {
    const card = JSON.parse(renderFeishuCard(hostile)) as {
      header: { title: unknown };
      elements: unknown[];
    };
    expect(renderedTexts(card)).toEqual([]);
    expect(card.header.title).toEqual({ tag: 'plain_text', content: hostile.title });
    expect(card.elements[0]).toEqual({ tag: 'div', text: { tag: 'plain_text', content: hostile.body } });
  });
});
