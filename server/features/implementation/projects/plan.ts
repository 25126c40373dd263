/** Turns a template version into a customer's phases and tasks with working-day due dates. */
import { newId, nowIso } from '@server/core/ids';
import type { Segment } from '@shared/domain/customers';
import { planPhases, type WorkCalendar } from '@shared/domain/implementation/calendar';
import { applicablePhases, type CustomerProfile } from '@shared/domain/implementation/conditions';
import type { TemplatePhase } from '@shared/schemas/implementation';
import { type CustomerFlagColumns, flagsOf } from '../../customers/service';
import type { PhaseRow } from './repo';
import type { TaskRow } from './tasks-repo';

export function profileOf(customer: CustomerFlagColumns & { segment: string }): CustomerProfile {
  return { segment: customer.segment as Segment, flags: flagsOf(customer) };
}

export interface PlannedProject {
  phases: Omit<PhaseRow, 'tenant_id'>[];
  tasks: Omit<TaskRow, 'tenant_id'>[];
}

/** The template phases that apply to this customer, with dates from the start date and the tenant's calendar. */
export function planFromTemplate(
  projectId: string,
  templatePhases: readonly TemplatePhase[],
  customer: CustomerProfile,
  startDate: string,
  calendar: WorkCalendar,
): PlannedProject {
  const applicable = applicablePhases(templatePhases, customer);
  const dates = planPhases(
    startDate,
    applicable.map((phase) => phase.durationDays),
    calendar,
  );
  const at = nowIso();
  const planned: PlannedProject = { phases: [], tasks: [] };
  applicable.forEach((phase, index) => {
    const date = dates[index] ?? { startDate, dueDate: startDate };
    const phaseId = newId();
    planned.phases.push({
      id: phaseId,
      project_id: projectId,
      template_phase_id: phase.id,
      position: index,
      name: phase.name,
      owner_role: phase.ownerRole,
      partner_role: phase.partnerRole,
      start_date: date.startDate,
      due_date: date.dueDate,
    });
    for (const task of phase.tasks)
      planned.tasks.push(newTaskRow(projectId, phaseId, task, date.dueDate, at));
  });
  planned.tasks.forEach((task, position) => {
    task.position = position;
  });
  return planned;
}

/** A task nobody has touched yet: unassigned, not done, blocked or signed off, at its first version. */
export const untouchedTaskColumns = {
  assignee_id: null,
  done_at: null,
  done_by: null,
  blocker: null,
  blocked_at: null,
  blocked_until: null,
  note: null,
  attachment_ids: '[]',
  signer_name: null,
  signature_attachment_id: null,
  signed_at: null,
  signoff_exception_reason: null,
  signoff_exception_items: null,
  removed_at: null,
  version: 1,
} satisfies Partial<TaskRow>;

export function newTaskRow(
  projectId: string,
  phaseId: string,
  task: TemplatePhase['tasks'][number],
  dueDate: string,
  at: string,
): Omit<TaskRow, 'tenant_id'> {
  return {
    id: newId(),
    project_id: projectId,
    phase_id: phaseId,
    template_task_id: task.id,
    position: 0,
    title: task.title,
    guidance: task.guidance,
    evidence: task.evidence,
    ...untouchedTaskColumns,
    due_date: dueDate,
    updated_at: at,
  };
}
