/** The template editor's state: phases and tasks as typed, keyed for React, moved and removed by index, sent as a draft. */
import type { CustomerFlag, Segment } from '@shared/domain/customers';
import type { Condition } from '@shared/domain/implementation/conditions';
import type { EvidenceKind } from '@shared/domain/implementation/vocab';
import type { Template } from './types';

export interface EditableTask {
  /** React's key; the template's own id (absent for a new task) travels in `id`. */
  key: string;
  id?: string | undefined;
  title: string;
  guidance: string;
  evidence: EvidenceKind;
  segments: Segment[];
  flags: CustomerFlag[];
}

export interface EditablePhase {
  key: string;
  id?: string | undefined;
  name: string;
  /** Text while typed, so a half-typed number can be named by the shared schema. */
  durationDays: string;
  ownerRole: string;
  partnerRole: string;
  segments: Segment[];
  flags: CustomerFlag[];
  tasks: EditableTask[];
}

export interface EditableTemplate {
  name: string;
  segment: Segment;
  description: string;
  phases: EditablePhase[];
}

const newKey = (): string => crypto.randomUUID();

export function editableOf(template: Template): EditableTemplate {
  return {
    name: template.name,
    segment: template.segment,
    description: template.description ?? '',
    phases: template.phases.map((phase) => ({
      key: phase.id,
      id: phase.id,
      name: phase.name,
      durationDays: String(phase.durationDays),
      ownerRole: phase.ownerRole,
      partnerRole: phase.partnerRole ?? '',
      segments: phase.condition?.segments ?? [],
      flags: phase.condition?.flags ?? [],
      tasks: phase.tasks.map((task) => ({
        key: task.id,
        id: task.id,
        title: task.title,
        guidance: task.guidance,
        evidence: task.evidence,
        segments: task.condition?.segments ?? [],
        flags: task.condition?.flags ?? [],
      })),
    })),
  };
}

export const blankTask = (): EditableTask => ({
  key: newKey(),
  title: '',
  guidance: '',
  evidence: 'none',
  segments: [],
  flags: [],
});

export const blankPhase = (ownerRole: string): EditablePhase => ({
  key: newKey(),
  name: '',
  durationDays: '5',
  ownerRole,
  partnerRole: '',
  segments: [],
  flags: [],
  tasks: [blankTask()],
});

/** The item at `index` swapped with its neighbour above (-1) or below (+1); out of range leaves the list as it was. */
export function moved<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const item = items[index];
  const neighbour = items[target];
  if (item === undefined || neighbour === undefined) return [...items];
  const next = [...items];
  next[index] = neighbour;
  next[target] = item;
  return next;
}

export const replacedAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((existing, i) => (i === index ? item : existing));

export const removedAt = <T>(items: readonly T[], index: number): T[] => items.filter((_, i) => i !== index);

function conditionOf(segments: Segment[], flags: CustomerFlag[]): Condition | null {
  if (segments.length + flags.length === 0) return null;
  return { ...(segments.length > 0 ? { segments } : {}), ...(flags.length > 0 ? { flags } : {}) };
}

function daysOf(text: string): number | string {
  const trimmed = text.trim();
  const value = Number(trimmed);
  // Left as text so the shared schema names the field ("请输入数字") instead of silently sending 0.
  return trimmed !== '' && Number.isFinite(value) ? value : trimmed;
}

/** The PUT /templates/{id}/draft body, before the shared schema checks it. */
export function draftBodyOf(template: EditableTemplate): Record<string, unknown> {
  return {
    name: template.name,
    segment: template.segment,
    description: template.description.trim() || null,
    phases: template.phases.map((phase) => ({
      ...(phase.id ? { id: phase.id } : {}),
      name: phase.name,
      durationDays: daysOf(phase.durationDays),
      ownerRole: phase.ownerRole,
      partnerRole: phase.partnerRole.trim() || null,
      condition: conditionOf(phase.segments, phase.flags),
      tasks: phase.tasks.map((task) => ({
        ...(task.id ? { id: task.id } : {}),
        title: task.title,
        guidance: task.guidance,
        evidence: task.evidence,
        condition: conditionOf(task.segments, task.flags),
      })),
    })),
  };
}

/** The editor's phases in the shape the version diff compares. */
export const diffablePhases = (template: EditableTemplate) =>
  template.phases.map((phase) => ({
    id: phase.id,
    name: phase.name,
    durationDays: Number(phase.durationDays),
    ownerRole: phase.ownerRole,
    partnerRole: phase.partnerRole,
    condition: conditionOf(phase.segments, phase.flags),
    tasks: phase.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      guidance: task.guidance,
      evidence: task.evidence,
      condition: conditionOf(task.segments, task.flags),
    })),
  }));

const placedPaths = [
  /^(name|segment|description|phases)$/,
  /^phases\.\d+\.(name|durationDays|ownerRole|partnerRole|tasks)$/,
  /^phases\.\d+\.tasks\.\d+\.(title|guidance|evidence)$/,
];

/** Whether the editor shows a problem at this path next to an input; the rest become a toast. */
export const isShownAtInput = (path: string): boolean => placedPaths.some((pattern) => pattern.test(path));
