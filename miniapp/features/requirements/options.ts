/** Option lists and labels for the requirement taxonomy (status, importance, kind), from the catalogue. */
import type { ChipOption } from '@miniapp/components/ChoiceChips';
import {
  type Importance,
  importances,
  type RequirementKind,
  type RequirementStatus,
  requirementKinds,
  requirementStatuses,
} from '@shared/domain/requirements';
import type { TFunction } from 'i18next';

function optionsOf<Value extends string>(values: readonly Value[], label: (value: Value) => string) {
  return values.map((value): ChipOption<Value> => ({ value, label: label(value) }));
}

export function importanceOptions(t: TFunction): ChipOption<Importance>[] {
  return optionsOf(importances, (value) => t(`ui.requirements.importance.${value}`));
}

export function statusOptions(t: TFunction): ChipOption<RequirementStatus>[] {
  return optionsOf(requirementStatuses, (value) => t(`ui.requirements.status.${value}`));
}

export function kindOptions(t: TFunction): ChipOption<RequirementKind>[] {
  return optionsOf(requirementKinds, (value) => t(`ui.requirements.kind.${value}`));
}

/** Colours that carry meaning at a glance; each pairs with its label text, never colour alone. */
export const statusTone: Record<RequirementStatus, 'default' | 'primary' | 'success' | 'warning' | 'danger'> =
  {
    new: 'primary',
    under_review: 'warning',
    planned: 'primary',
    in_progress: 'primary',
    released: 'success',
    declined: 'danger',
    merged: 'default',
  };
