import { createI18n } from '@shared/i18n';
import { parseLocalized } from '@shared/i18n/validation';
import { templateDraftInput } from '@shared/schemas/implementation';
import { describe, expect, it } from 'vitest';
import { blankPhase, draftBodyOf, type EditableTemplate, isShownAtInput, moved } from './template-editor';

const { t } = createI18n('zh-CN');

function template(): EditableTemplate {
  const phase = blankPhase('实施顾问');
  phase.id = '01930000-0000-7000-8000-000000000001';
  phase.name = '开通';
  phase.flags = ['angel'];
  const [task] = phase.tasks;
  if (task) Object.assign(task, { title: '开通账号', segments: ['smb'] });
  return { name: '门店快速上线', segment: 'smb', description: '  ', phases: [phase] };
}

describe('the template editor', () => {
  it('swaps a phase or task with its neighbour and leaves the ends where they are', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('sends ids it was given, no id for a new task, blanks as null and conditions only when chosen', () => {
    const body = draftBodyOf(template());
    expect(body).toMatchObject({
      description: null,
      phases: [
        {
          id: '01930000-0000-7000-8000-000000000001',
          durationDays: 5,
          partnerRole: null,
          condition: { flags: ['angel'] },
          tasks: [{ title: '开通账号', evidence: 'none', condition: { segments: ['smb'] } }],
        },
      ],
    });
    expect((body.phases as { tasks: object[] }[])[0]?.tasks[0]).not.toHaveProperty('id');
    expect(parseLocalized(templateDraftInput, body, t).ok).toBe(true);
  });

  it('lets the shared schema name a half-typed duration and an empty task at their inputs', () => {
    const edited = template();
    const [phase] = edited.phases;
    if (!phase?.tasks[0]) throw new Error('phase');
    phase.durationDays = '十';
    phase.tasks[0].title = ' ';
    const parsed = parseLocalized(templateDraftInput, draftBodyOf(edited), t);
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : Object.keys(parsed.fields);
    expect(paths.sort()).toEqual(['phases.0.durationDays', 'phases.0.tasks.0.title']);
    expect(paths.every(isShownAtInput)).toBe(true);
    expect(isShownAtInput('phases.0.tasks.0.id')).toBe(false);
  });
});
