/** The one sheet form: its title names it, its primary action submits and shows when it may not yet, or is busy. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SheetForm } from './SheetForm';

type Props = Parameters<typeof SheetForm>[0];

function render(overrides: Partial<Props> = {}): string {
  const props: Props = {
    title: '登记阻塞',
    onSubmit: () => undefined,
    primary: { label: '标记阻塞' },
    secondary: { label: '取消', onClick: () => undefined },
    children: createElement('p', null, '任务：安装调试'),
    ...overrides,
  };
  return renderToStaticMarkup(createElement(SheetForm, props));
}

const buttons = (html: string) => [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)];

describe('SheetForm', () => {
  it('is a form named by its title, the body between the title and the actions', () => {
    const html = render();
    const labelledBy = /<form[^>]*aria-labelledby="([^"]+)"/.exec(html)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(html).toMatch(new RegExp(`<h2 id="${labelledBy}"[^>]*>登记阻塞</h2>`));
    expect(html.indexOf('登记阻塞')).toBeLessThan(html.indexOf('任务：安装调试'));
    expect(html.indexOf('任务：安装调试')).toBeLessThan(html.indexOf('取消'));
  });

  it('puts the secondary action first and lets only the primary one submit', () => {
    const [secondary, primary] = buttons(render());
    expect(secondary?.[2]).toContain('取消');
    expect(secondary?.[1]).toContain('type="button"');
    expect(primary?.[2]).toContain('标记阻塞');
    expect(primary?.[1]).toContain('type="submit"');
    expect(primary?.[1]).not.toContain('disabled');
  });

  it('disables the primary action until the form may be sent', () => {
    const [, primary] = buttons(render({ primary: { label: '标记阻塞', isDisabled: true } }));
    expect(primary?.[1]).toContain('disabled');
  });

  it('shows a busy sheet while its action runs', () => {
    const html = render({ isBusy: true });
    expect(html).toContain('aria-busy="true"');
    const [, primary] = buttons(html);
    expect(primary?.[1]).toContain('disabled');
    expect(render()).not.toContain('aria-busy');
  });

  it('is an alert dialog for a decision the person has to make, and a lone action needs no secondary', () => {
    const html = render({ role: 'alertdialog', secondary: undefined });
    expect(html).toMatch(/<form[^>]*role="alertdialog"/);
    expect(buttons(html)).toHaveLength(1);
  });
});
