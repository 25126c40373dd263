import { describe, expect, it } from 'vitest';
import type { OutgoingMessage } from '../types';
import { renderWeComMessage } from './message';

const hostileNote =
  '<a href="https://evil.example">点此重新登录</a> <div class="highlight">紧急</div> & more';
const escapedNote =
  '&lt;a href=&quot;https://evil.example&quot;&gt;点此重新登录&lt;/a&gt; &lt;div class=&quot;highlight&quot;&gt;紧急&lt;/div&gt; &amp; more';

const message = (overrides: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  dedupeKey: 'd-1',
  title: '需求 <b>已批准</b>',
  body: hostileNote,
  url: 'https://fieldloop.example/requirements/7',
  actions: [],
  ...overrides,
});

describe('WeCom card text', () => {
  it('shows HTML in a textcard description as the characters typed', () => {
    const sent = renderWeComMessage('1000002', 'lisi', message());
    expect(sent).toMatchObject({ msgtype: 'textcard', textcard: { description: escapedNote } });
  });

  it('shows a link tag in a text message as the characters typed', () => {
    const sent = renderWeComMessage('1000002', 'lisi', message({ url: null }));
    expect(sent).toMatchObject({
      msgtype: 'text',
      text: { content: `需求 &lt;b&gt;已批准&lt;/b&gt;\n${escapedNote}` },
    });
  });

  it('cuts a long description between escapes, within 512 bytes', () => {
    const sent = renderWeComMessage('1000002', 'lisi', message({ body: '<i>'.repeat(200) }));
    const description = 'textcard' in sent ? (sent.textcard.description ?? '') : '';
    expect(Buffer.byteLength(description)).toBeLessThanOrEqual(512);
    expect(description).toMatch(/^(?:&lt;|i|&gt;)+…$/);
  });
});
