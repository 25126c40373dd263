import { describe, expect, it } from 'vitest';
import { type DiffablePhase, diffTemplate, isUnchanged } from './template-diff';

interface Phase extends DiffablePhase {
  tasks: DiffablePhase['tasks'][number][];
}

const published: Phase[] = [
  {
    id: 'p1',
    name: '需求调研',
    durationDays: 10,
    ownerRole: '实施顾问',
    partnerRole: '客户 IT',
    condition: null,
    tasks: [
      { id: 't1', title: '启动会', guidance: '', evidence: 'photo', condition: null },
      { id: 't2', title: '访谈', guidance: '', evidence: 'note', condition: null },
    ],
  },
  {
    id: 'p2',
    name: 'UAT',
    durationDays: 10,
    ownerRole: '实施顾问',
    partnerRole: null,
    condition: { segments: ['mid', 'large'] },
    tasks: [{ id: 't3', title: '验收测试', guidance: '', evidence: 'signoff', condition: null }],
  },
];

describe('diffTemplate', () => {
  it('sees nothing when the draft only restates the published version in another form', () => {
    const same = structuredClone(published);
    if (same[1]) same[1].condition = { segments: ['large', 'mid'], flags: [] };
    if (same[1]) same[1].partnerRole = '  ';
    expect(isUnchanged(diffTemplate(published, same))).toBe(true);
  });

  it('names each added, changed and removed phase and task with the fields that changed', () => {
    const draft = structuredClone(published);
    const [research, uat] = draft;
    if (!research || !uat) throw new Error('phases');
    research.durationDays = 12;
    research.name = '需求调研与访谈';
    research.tasks = [
      {
        id: 't1',
        title: '启动会',
        guidance: '带上 SMART 目标',
        evidence: 'file',
        condition: { flags: ['angel'] },
      },
      { title: '梳理现有报表', guidance: '', evidence: 'file' },
    ];
    uat.tasks.push({ id: 't2', title: '访谈', guidance: '', evidence: 'note', condition: null });
    draft.push({
      name: '推广',
      durationDays: 10,
      ownerRole: '实施顾问',
      tasks: [{ title: '培训', guidance: '', evidence: 'none' }],
    });

    expect(diffTemplate(published, draft)).toEqual({
      phases: [
        { kind: 'changed', name: '需求调研与访谈', fields: ['name', 'durationDays'] },
        { kind: 'added', name: '推广', fields: [] },
      ],
      tasks: [
        {
          kind: 'changed',
          phaseName: '需求调研与访谈',
          title: '启动会',
          fields: ['guidance', 'evidence', 'condition'],
        },
        { kind: 'added', phaseName: '需求调研与访谈', title: '梳理现有报表', fields: [] },
        { kind: 'changed', phaseName: 'UAT', title: '访谈', fields: ['phase'] },
        { kind: 'added', phaseName: '推广', title: '培训', fields: [] },
      ],
    });
  });

  it('reports a reorder as moved phases and a deleted phase with its tasks as removed', () => {
    const swapped = [published[1], published[0]].filter((phase) => phase !== undefined);
    expect(diffTemplate(published, swapped).phases).toEqual([
      { kind: 'changed', name: 'UAT', fields: ['order'] },
      { kind: 'changed', name: '需求调研', fields: ['order'] },
    ]);
    const withoutUat = published.slice(0, 1);
    expect(diffTemplate(published, withoutUat)).toEqual({
      phases: [{ kind: 'removed', name: 'UAT', fields: [] }],
      tasks: [{ kind: 'removed', phaseName: 'UAT', title: '验收测试', fields: [] }],
    });
  });

  it('does not call the phases after a deleted one moved', () => {
    const draft = structuredClone(published).slice(1);
    expect(diffTemplate(published, draft).phases).toEqual([
      { kind: 'removed', name: '需求调研', fields: [] },
    ]);
  });
});
