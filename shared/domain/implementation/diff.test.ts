import { describe, expect, it } from 'vitest';
import { diffProjectTasks, isEmptyDiff } from './diff';

const task = (
  id: string,
  title: string,
  extra: Partial<{ guidance: string; evidence: string; phaseId: string }> = {},
) => ({
  id,
  phaseId: 'p1',
  phaseName: '需求调研',
  title,
  guidance: '',
  evidence: 'none',
  ...extra,
});

describe('diffProjectTasks', () => {
  it('lists added, changed and removed open tasks', () => {
    const current = [
      { ...task('a', '启动会'), done: false },
      { ...task('b', '访谈'), done: false },
      { ...task('c', '旧任务'), done: false },
    ];
    const target = [
      task('a', '启动会'),
      task('b', '关键用户访谈', { evidence: 'note' }),
      task('d', '新任务'),
    ];
    expect(diffProjectTasks(current, target)).toEqual({
      added: [{ taskId: 'd', phaseName: '需求调研', title: '新任务', fields: [] }],
      changed: [{ taskId: 'b', phaseName: '需求调研', title: '关键用户访谈', fields: ['title', 'evidence'] }],
      removed: [{ taskId: 'c', phaseName: '需求调研', title: '旧任务', fields: [] }],
    });
  });

  it('never touches done tasks, changed or removed', () => {
    const current = [
      { ...task('a', '启动会'), done: true },
      { ...task('c', '旧任务'), done: true },
    ];
    const diff = diffProjectTasks(current, [task('a', '项目启动会', { guidance: '新指引' })]);
    expect(isEmptyDiff(diff)).toBe(true);
  });

  it('notices a task moved to another phase', () => {
    const diff = diffProjectTasks(
      [{ ...task('a', '培训'), done: false }],
      [task('a', '培训', { phaseId: 'p2' })],
    );
    expect(diff.changed[0]?.fields).toEqual(['phase']);
  });
});
