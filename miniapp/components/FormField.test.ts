/** The one field of every form: the label names its input, and a native input is described by the hint and problem. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FormField, fieldInputProps } from './FormField';

function render(props: Parameters<typeof FormField>[0]): string {
  return renderToStaticMarkup(createElement(FormField, props));
}

describe('FormField', () => {
  it('names its input with the label and marks a required field', () => {
    const html = render({
      id: 'visit-kind',
      label: '拜访方式',
      isRequired: true,
      children: createElement('input', { id: 'visit-kind' }),
    });
    expect(html).toContain('<label');
    expect(html).toContain('for="visit-kind"');
    expect(html).toMatch(/拜访方式<span[^>]*> \*<\/span><\/label>/);
    expect(html).toContain('<input id="visit-kind"/>');
  });

  it('shows the server’s problem under the input, announced, and marks the field invalid', () => {
    const html = render({ id: 'phase-name', label: '阶段名称', error: '必填', children: null });
    expect(html).toMatch(/<p[^>]*id="phase-name-error"[^>]*role="alert"[^>]*>必填<\/p>/);
    expect(html).toContain('data-invalid="true"');
    expect(render({ id: 'phase-name', label: '阶段名称', children: null })).not.toContain('data-invalid');
  });

  it('describes a native input by its hint and its problem', () => {
    const html = render({
      id: 'blocker-until',
      label: '预计可继续的日期（选填）',
      hint: '后续任务的日期随之顺延',
      error: '日期无效',
      children: (input) => createElement('input', { ...input, type: 'date' }),
    });
    expect(html).toContain('aria-describedby="blocker-until-hint blocker-until-error"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/<p[^>]*id="blocker-until-hint"[^>]*>后续任务的日期随之顺延<\/p>/);
  });

  it('describes nothing when there is neither hint nor problem', () => {
    expect(fieldInputProps('note', {})).toEqual({ id: 'note' });
    expect(fieldInputProps('note', { hint: '选填' })).toEqual({
      id: 'note',
      'aria-describedby': 'note-hint',
    });
  });
});
