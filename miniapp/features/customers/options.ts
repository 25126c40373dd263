/** Option lists for the customer taxonomy, labelled from the catalogue's enums. */
import type { ChipOption } from '@miniapp/components/ChoiceChips';
import {
  type ContactRole,
  type CustomerFlag,
  type CustomerSort,
  contactRoles,
  customerFlags,
  customerSorts,
  type Segment,
  segments,
  type Tier,
  tiers,
} from '@shared/domain/customers';
import type { TFunction } from 'i18next';

function optionsOf<Value extends string>(values: readonly Value[], label: (value: Value) => string) {
  return values.map((value): ChipOption<Value> => ({ value, label: label(value) }));
}

export function segmentOptions(t: TFunction): ChipOption<Segment>[] {
  return optionsOf(segments, (value) => t(`enums.segment.${value}`));
}

export function tierOptions(t: TFunction): ChipOption<Tier>[] {
  return optionsOf(tiers, (value) => t(`enums.tier.${value}`));
}

export function flagOptions(t: TFunction): ChipOption<CustomerFlag>[] {
  return optionsOf(customerFlags, (value) => t(`enums.flag.${value}`));
}

export function sortOptions(t: TFunction): ChipOption<CustomerSort>[] {
  return optionsOf(customerSorts, (value) => t(`ui.customers.sorts.${value}`));
}

export function contactRoleOptions(t: TFunction): ChipOption<ContactRole>[] {
  return optionsOf(contactRoles, (value) => t(`enums.contactRole.${value}`));
}
