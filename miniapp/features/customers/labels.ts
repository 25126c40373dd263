/** Taxonomy labels translated once per language, not once per row: a long list calls these hundreds of times. */
import {
  type CustomerFlag,
  customerFlags,
  type Segment,
  segments,
  type Tier,
  tiers,
} from '@shared/domain/customers';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface CustomerLabels {
  segment: Record<Segment, string>;
  tier: Record<Tier, string>;
  flag: Record<CustomerFlag, string>;
  archived: string;
  noIndustry: string;
  ownedBy: (name: string) => string;
}

function labelsFor<Value extends string>(values: readonly Value[], label: (value: Value) => string) {
  return Object.fromEntries(values.map((value) => [value, label(value)])) as Record<Value, string>;
}

function buildLabels(t: TFunction): CustomerLabels {
  return {
    segment: labelsFor(segments, (value) => t(`enums.segment.${value}`)),
    tier: labelsFor(tiers, (value) => t(`enums.tier.${value}`)),
    flag: labelsFor(customerFlags, (value) => t(`enums.flag.${value}`)),
    archived: t('ui.customers.archived'),
    noIndustry: t('ui.customers.noIndustry'),
    ownedBy: (name) => t('ui.customers.ownedBy', { name }),
  };
}

export function useCustomerLabels(): CustomerLabels {
  const { t } = useTranslation();
  return useMemo(() => buildLabels(t), [t]);
}
