import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../types';
import { renderDingTalkMessage } from './message';

const hostileTitle = '[点此重新登录](https://evil.example)';
const hostileNote = [
  '![logo](https://evil.example/x.png) <font color=red>紧急</font> **加粗** `代码`',
  '# 标题',
  '- 列表',
  '1. 第一',
  '> 引用',
].join('\n');

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  dedupeKey: 'd-1',
  title: hostileTitle,
  body: hostileNote,
  url: 'https://fieldloop.example/requirements/7',
  actions: [],
  ...overrides,
});

function cardMarkdown(msg: Record<string, unknown>): string {
  const card = (msg.action_card ?? msg.markdown) as { markdown?: string; text?: string };
  return card.markdown ?? card.text ?? '';
}

describe('DingTalk card text', () => {
  it('shows a title that looks like a markdown link as those characters', () => {
    const markdown = cardMarkdown(renderDingTalkMessage(message()));
    expect(markdown.split('\n')[0]).toBe('#### \\[点此重新登录\\]\\(https://evil.example\\)');
  });

  it('shows images, HTML tags, emphasis, headings, lists and quotes in a note as typed', () => {
    const markdown = cardMarkdown(renderDingTalkMessage(message()));
    expect(markdown.split('\n\n')[1]).toBe(
      [
        '\\!\\[logo\\]\\(https://evil.example/x.png\\) &lt;font color=red&gt;紧急&lt;/font&gt; \\*\\*加粗\\*\\* \\`代码\\`',
        '\\# 标题',
        '\\- 列表',
        '1\\. 第一',
        '&gt; 引用',
      ].join('  \n'),
    );
  });

  it('escapes the markdown of a message without a link too, and keeps the list title as typed', () => {
    const msg = renderDingTalkMessage(message({ url: null }));
    expect(msg).toMatchObject({ msgtype: 'markdown', markdown: { title: hostileTitle } });
    expect(cardMarkdown(msg)).not.toContain('](');
  });

  it('cuts a long hostile note between escapes, never inside one', () => {
    const msg = renderDingTalkMessage(message({ body: '<b>'.repeat(1000) }));
    expect(Buffer.byteLength(JSON.stringify(msg))).toBeLessThanOrEqual(2048);
    expect(cardMarkdown(msg).split('\n\n')[1]).toMatch(/^(?:&lt;|b|&gt;)+…$/);
  });
});
