import { describe, expect, it } from 'vitest';
import { acceptanceForTask } from './acceptance-step';
import type { Project, Task } from './types';

const task = (id: string, title: string, evidence: Task['evidence']) => ({ id, title, evidence }) as Task;
const uat = task('t1', '客户 UAT 签字确认', 'signoff');
const scope = task('t2', '方案评审并由客户签字确认范围', 'signoff');
const photo = task('t3', '上线现场照片', 'photo');
const items = [{ id: 'r1', title: '会员数据迁移', status: 'planned', source: 'requirement' }];
const project = {
  acceptanceItems: items,
  phases: [
    { name: '需求确认', tasks: [scope] },
    { name: 'UAT', tasks: [uat, photo] },
  ],
} as unknown as Project;

describe('the go-live requirements on a sign-off', () => {
  it('lists them on the UAT and acceptance sign-offs only', () => {
    expect(acceptanceForTask(project, uat)).toEqual(items);
    expect(acceptanceForTask(project, scope)).toEqual([]);
    expect(acceptanceForTask(project, photo)).toEqual([]);
  });
});
