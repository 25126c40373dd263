/** The "新建项目" form's values and how they become the POST /projects body (strings → numbers, blanks dropped). */
import type { Segment } from '@shared/domain/customers';
import type { Template } from './types';

export interface GoalRow {
  /** Keeps a row's inputs with it when a row above is removed. */
  key?: string;
  metric?: string;
  baseline?: string;
  target?: string;
  unit?: string;
}

export interface ProjectFormValues {
  customerId?: string;
  templateId?: string;
  startDate?: string;
  goLiveTarget?: string;
  goals: GoalRow[];
}

function numberOrText(text: string | undefined): number | string | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  // Left as text so the shared schema names the field ("请输入数字") instead of silently dropping it.
  return Number.isFinite(value) ? value : trimmed;
}

function isBlankGoal(goal: GoalRow): boolean {
  return [goal.metric, goal.baseline, goal.target, goal.unit].every((part) => !part?.trim());
}

export function rawBodyOf(values: ProjectFormValues, clientId: string): Record<string, unknown> {
  const goals = values.goals.filter((goal) => !isBlankGoal(goal));
  return {
    clientId,
    customerId: values.customerId,
    templateId: values.templateId,
    startDate: values.startDate,
    ...(values.goLiveTarget ? { goLiveTarget: values.goLiveTarget } : {}),
    goals: goals.map((goal) => ({
      metric: goal.metric?.trim() ?? '',
      baseline: numberOrText(goal.baseline) ?? null,
      target: numberOrText(goal.target),
      unit: goal.unit?.trim() ?? '',
    })),
  };
}

/**
 * Server and schema paths → the form input that shows them. Goal problems become a toast: blank rows are left out of
 * the body, so a goal's index there is not its row's place in the form.
 */
export function fieldForPath(path: string): string | undefined {
  const [head] = path.split('.');
  if (head === 'customerId' || head === 'templateId' || head === 'startDate' || head === 'goLiveTarget')
    return head;
  return undefined;
}

export function blankGoal(): GoalRow {
  return { key: crypto.randomUUID() };
}

/** The template made for the customer's size first, so the likely choice is the first one seen. */
export function templatesFor(templates: Template[], segment: Segment | undefined): Template[] {
  if (!segment) return templates;
  return [...templates].sort((a, b) => Number(b.segment === segment) - Number(a.segment === segment));
}
