/** The dashboards bench's projects: four phases of five tasks each, some late, blocked or accepted with goals. */
import type { RootDb } from '@server/core/db';
import { newId } from '@server/core/ids';
import { untouchedTaskColumns } from '@server/features/implementation/projects/plan';
import { type Customer, dayMs, insertBatches, iso, localDay, seedCounts } from './insight-seed-rows';

const phaseNames = ['启动', '蓝图', '配置', '上线'];

export async function seedProjects(
  db: RootDb,
  tenantId: string,
  now: number,
  customerAt: (n: number) => Customer,
  templateId: string,
  owner: string,
) {
  const count = seedCounts.projects;
  const templatePhases = phaseNames.map(() => newId());
  const projects = Array.from({ length: count }, (_, i) => ({
    id: newId(),
    start: now - Math.floor((2 * 365 * dayMs * i) / count) - 10 * dayMs,
    accepted: i % 3 === 0,
    customer: customerAt(i * 13),
  }));
  await insertBatches(db, 'impl_projects', count, (i) => {
    const p = projects[i] as (typeof projects)[number];
    return {
      id: p.id,
      tenant_id: tenantId,
      client_id: null,
      name: `压测项目${i}`,
      customer_id: p.customer.id,
      template_id: templateId,
      template_version: 1,
      status: p.accepted ? 'accepted' : 'active',
      start_date: localDay(p.start),
      go_live_target: localDay(p.start + 40 * dayMs),
      owner_id: owner,
      partner_contact_ids: '[]',
      goals: JSON.stringify([
        { id: newId(), metric: '效率', unit: '%', baseline: 10, target: 20, actual: 10 + (i % 15) },
      ]),
      created_by: owner,
      created_at: iso(p.start),
      updated_at: iso(p.start),
    };
  });
  const phases = projects.flatMap((p, i) =>
    phaseNames.map((name, position) => ({
      id: newId(),
      project: p,
      position,
      name,
      start: p.start + position * 10 * dayMs,
      // Active projects have finished the phases before their current one.
      done: p.accepted || position < i % 4,
      late: (i + position) % 7,
    })),
  );
  await insertBatches(db, 'impl_phases', phases.length, (i) => {
    const ph = phases[i] as (typeof phases)[number];
    return {
      id: ph.id,
      tenant_id: tenantId,
      project_id: ph.project.id,
      template_phase_id: templatePhases[ph.position],
      position: ph.position,
      name: ph.name,
      owner_role: 'implementer',
      partner_role: null,
      start_date: localDay(ph.start),
      due_date: localDay(ph.start + 9 * dayMs),
    };
  });
  await insertBatches(db, 'impl_tasks', phases.length * 5, (n) => {
    const ph = phases[Math.floor(n / 5)] as (typeof phases)[number];
    const index = n % 5;
    const due = ph.start + (index * 2 + 1) * dayMs;
    return {
      id: newId(),
      tenant_id: tenantId,
      project_id: ph.project.id,
      phase_id: ph.id,
      template_task_id: null,
      position: ph.position * 10 + index,
      title: `${ph.name}任务${index + 1}`,
      guidance: '',
      evidence: 'none',
      ...untouchedTaskColumns,
      assignee_id: owner,
      due_date: localDay(due),
      done_at: ph.done ? iso(Math.min(now, due + ph.late * dayMs)) : null,
      done_by: ph.done ? owner : null,
      blocker: !ph.done && n % 23 === 0 ? '等待客户' : null,
      updated_at: iso(ph.start),
    };
  });
}
