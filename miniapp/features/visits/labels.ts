/** Visit kinds labelled once per language, as chip options and as short row tags. */
import type { ChipOption } from '@miniapp/components/ChoiceChips';
import { type VisitKind, visitKinds } from '@shared/domain/visits';
import type { TFunction } from 'i18next';

export function kindOptions(t: TFunction): ChipOption<VisitKind>[] {
  return visitKinds.map((kind) => ({ value: kind, label: t(`ui.visits.kinds.${kind}`) }));
}

export function kindLabel(t: TFunction, kind: VisitKind): string {
  return t(`ui.visits.kinds.${kind}`);
}
