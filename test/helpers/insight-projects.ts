/** The dashboards' fixed projects: phases and tasks dated against today, blockers, acceptance and goals. */
import type { TenantDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { untouchedTaskColumns } from '@server/features/implementation/projects/plan';
import type { Customers, People } from './insight';
import { at, day } from './insight-days';

interface TaskSpec {
  due: number;
  done?: string;
  blocker?: string;
}
interface PhaseSpec {
  key: 'ph-a' | 'ph-b';
  name: string;
  start: number;
  due: number;
  tasks: TaskSpec[];
}
interface ProjectSpec {
  customer: string;
  status: string;
  target?: number;
  goals?: object[];
  phases: PhaseSpec[];
}

export async function addProjects(tdb: TenantDb, people: People, c: Customers) {
  const templateId = newId();
  const now = at(-60);
  await tdb
    .insertInto('impl_templates', {
      id: templateId,
      name: '标准实施',
      segment: 'mid',
      standard_key: null,
      created_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const phaseIds = { 'ph-a': newId(), 'ph-b': newId() };
  const a = (start: number, due: number, tasks: TaskSpec[]): PhaseSpec => ({
    key: 'ph-a',
    name: '启动',
    start,
    due,
    tasks,
  });
  const b = (start: number, due: number, tasks: TaskSpec[]): PhaseSpec => ({
    key: 'ph-b',
    name: '上线',
    start,
    due,
    tasks,
  });
  const specs: Record<string, ProjectSpec> = {
    p1: {
      customer: c.c1,
      status: 'active',
      phases: [
        a(-20, -11, [
          { due: -12, done: at(-12) },
          { due: -11, done: at(-10) },
        ]),
        b(-10, 10, [{ due: -2 }, { due: 8, blocker: '等客户' }]),
      ],
    },
    p2: {
      customer: c.c3,
      status: 'active',
      target: 30,
      phases: [a(-15, -6, [{ due: -6, done: at(-3) }]), b(-5, 40, [{ due: 20 }])],
    },
    p3: { customer: c.c2, status: 'active', phases: [a(-3, 1, [{ due: 1 }])] },
    p4: { customer: c.c5, status: 'active', phases: [a(1, 20, [{ due: 20 }])] },
    p5: {
      customer: c.c1,
      status: 'accepted',
      goals: [
        { id: newId(), metric: '报表时间', unit: '小时', baseline: 10, target: 20, actual: 25 },
        { id: newId(), metric: '出错率', unit: '%', baseline: 10, target: 5, actual: 8 },
        { id: newId(), metric: '满意度', unit: '分', baseline: null, target: 90, actual: null },
      ],
      phases: [a(-30, -25, [{ due: -25, done: at(-20) }]), b(-24, -15, [{ due: -15, done: at(-4) }])],
    },
    p6: { customer: c.c2, status: 'active', phases: [a(-10, -6, [{ due: -6, done: at(-8) }])] },
  };
  const ids: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const id = newId();
    ids[key] = id;
    await tdb
      .insertInto('impl_projects', {
        id,
        client_id: null,
        name: `项目${key}`,
        customer_id: spec.customer,
        template_id: templateId,
        template_version: 1,
        status: spec.status,
        start_date: day(spec.phases[0]?.start ?? 0),
        go_live_target: spec.target === undefined ? null : day(spec.target),
        owner_id: people.implementer.id,
        partner_contact_ids: '[]',
        goals: JSON.stringify(spec.goals ?? []),
        created_by: people.implementer.id,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [position, phase] of spec.phases.entries()) {
      const phaseId = newId();
      await tdb
        .insertInto('impl_phases', {
          id: phaseId,
          project_id: id,
          template_phase_id: phaseIds[phase.key],
          position,
          name: phase.name,
          owner_role: 'implementer',
          partner_role: null,
          start_date: day(phase.start),
          due_date: day(phase.due),
        })
        .execute();
      for (const [index, task] of phase.tasks.entries()) {
        await tdb
          .insertInto('impl_tasks', {
            id: newId(),
            project_id: id,
            phase_id: phaseId,
            template_task_id: null,
            position: position * 100 + index,
            title: `${key}-${phase.name}-${index + 1}`,
            guidance: '',
            evidence: 'none',
            ...untouchedTaskColumns,
            assignee_id: people.implementer.id,
            due_date: day(task.due),
            done_at: task.done ?? null,
            done_by: task.done ? people.implementer.id : null,
            blocker: task.blocker ?? null,
            blocked_at: task.blocker ? at(-1) : null,
            updated_at: now,
          })
          .execute();
      }
    }
  }
  return { ids: ids as Record<'p1' | 'p2' | 'p3' | 'p4' | 'p5' | 'p6', string>, templateId, phaseIds };
}
