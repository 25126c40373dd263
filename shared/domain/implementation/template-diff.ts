/** What a template draft changes against the published version: phases and tasks added, changed or removed. */
import type { Condition } from './conditions';

export interface DiffableTask {
  /** Absent for a task added since the draft was last saved. */
  id?: string | undefined;
  title: string;
  guidance: string;
  evidence: string;
  condition?: Condition | null | undefined;
}

export interface DiffablePhase {
  id?: string | undefined;
  name: string;
  durationDays: number;
  ownerRole: string;
  partnerRole?: string | null | undefined;
  condition?: Condition | null | undefined;
  tasks: readonly DiffableTask[];
}

export type ChangeKind = 'added' | 'changed' | 'removed';
export type PhaseField = 'name' | 'durationDays' | 'ownerRole' | 'partnerRole' | 'condition' | 'order';
export type TaskField = 'title' | 'guidance' | 'evidence' | 'condition' | 'phase';

export interface PhaseDifference {
  kind: ChangeKind;
  name: string;
  fields: PhaseField[];
}

export interface TaskDifference {
  kind: ChangeKind;
  phaseName: string;
  title: string;
  fields: TaskField[];
}

export interface TemplateDifference {
  phases: PhaseDifference[];
  tasks: TaskDifference[];
}

/** Conditions compare by meaning: order of segments or flags, and an empty condition versus none, do not count. */
function conditionKey(condition: Condition | null | undefined): string {
  const segments = [...(condition?.segments ?? [])].sort();
  const flags = [...(condition?.flags ?? [])].sort();
  return segments.length + flags.length === 0 ? '' : JSON.stringify({ segments, flags });
}

const blankAsNull = (text: string | null | undefined): string | null => text?.trim() || null;

function phaseFields(before: DiffablePhase, after: DiffablePhase, isMoved: boolean): PhaseField[] {
  const fields: PhaseField[] = [];
  if (before.name.trim() !== after.name.trim()) fields.push('name');
  if (before.durationDays !== after.durationDays) fields.push('durationDays');
  if (before.ownerRole.trim() !== after.ownerRole.trim()) fields.push('ownerRole');
  if (blankAsNull(before.partnerRole) !== blankAsNull(after.partnerRole)) fields.push('partnerRole');
  if (conditionKey(before.condition) !== conditionKey(after.condition)) fields.push('condition');
  if (isMoved) fields.push('order');
  return fields;
}

function taskFields(before: DiffableTask, after: DiffableTask, isMoved: boolean): TaskField[] {
  const fields: TaskField[] = [];
  if (before.title.trim() !== after.title.trim()) fields.push('title');
  if (before.guidance.trim() !== after.guidance.trim()) fields.push('guidance');
  if (before.evidence !== after.evidence) fields.push('evidence');
  if (conditionKey(before.condition) !== conditionKey(after.condition)) fields.push('condition');
  if (isMoved) fields.push('phase');
  return fields;
}

/** Ids kept in both lists whose place among the kept ones differs: a reorder, not an insert or delete nearby. */
function movedIds(
  before: readonly (string | undefined)[],
  after: readonly (string | undefined)[],
): Set<string> {
  const kept = (ids: readonly (string | undefined)[], other: readonly (string | undefined)[]) =>
    ids.filter((id): id is string => id !== undefined && other.includes(id));
  const keptBefore = kept(before, after);
  const keptAfter = kept(after, before);
  return new Set(keptAfter.filter((id, index) => keptBefore[index] !== id));
}

interface PlacedTask {
  task: DiffableTask;
  phase: DiffablePhase;
}

const placedTasks = (phases: readonly DiffablePhase[]): PlacedTask[] =>
  phases.flatMap((phase) => phase.tasks.map((task) => ({ task, phase })));

export function diffTemplate(
  published: readonly DiffablePhase[],
  draft: readonly DiffablePhase[],
): TemplateDifference {
  const moved = movedIds(
    published.map((phase) => phase.id),
    draft.map((phase) => phase.id),
  );
  const phases: PhaseDifference[] = [];
  for (const phase of draft) {
    const before = published.find((candidate) => phase.id && candidate.id === phase.id);
    if (!before) {
      phases.push({ kind: 'added', name: phase.name, fields: [] });
      continue;
    }
    const fields = phaseFields(before, phase, moved.has(before.id ?? ''));
    if (fields.length > 0) phases.push({ kind: 'changed', name: phase.name, fields });
  }
  for (const phase of published) {
    if (!draft.some((candidate) => candidate.id === phase.id)) {
      phases.push({ kind: 'removed', name: phase.name, fields: [] });
    }
  }

  const beforeTasks = placedTasks(published);
  const afterTasks = placedTasks(draft);
  const tasks: TaskDifference[] = [];
  for (const { task, phase } of afterTasks) {
    const before = beforeTasks.find((candidate) => task.id && candidate.task.id === task.id);
    const entry = { phaseName: phase.name, title: task.title };
    if (!before) {
      tasks.push({ kind: 'added', ...entry, fields: [] });
      continue;
    }
    const fields = taskFields(before.task, task, before.phase.id !== phase.id);
    if (fields.length > 0) tasks.push({ kind: 'changed', ...entry, fields });
  }
  for (const { task, phase } of beforeTasks) {
    if (!afterTasks.some((candidate) => candidate.task.id === task.id)) {
      tasks.push({ kind: 'removed', phaseName: phase.name, title: task.title, fields: [] });
    }
  }
  return { phases, tasks };
}

export const isUnchanged = (difference: TemplateDifference): boolean =>
  difference.phases.length + difference.tasks.length === 0;
