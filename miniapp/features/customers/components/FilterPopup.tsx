/** The bottom sheet of list filters: size, value tier, flags and order, applied together with one tap. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { MultipleChoiceChips, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { SheetForm } from '@miniapp/components/SheetForm';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { flagOptions, segmentOptions, sortOptions, tierOptions } from '../options';
import { defaultSort, type ListFilters } from '../use-list-filters';
import styles from './filter-popup.module.css';

type PopupFilters = Pick<ListFilters, 'segment' | 'tier' | 'flags' | 'sort'>;

interface FilterPopupProps {
  isOpen: boolean;
  filters: PopupFilters;
  onClose: () => void;
  onApply: (filters: PopupFilters) => void;
}

export function FilterPopup({ isOpen, filters, onClose, onApply }: FilterPopupProps) {
  return (
    <SheetFrame isOpen={isOpen} onClose={onClose}>
      <FilterForm initial={filters} onApply={onApply} />
    </SheetFrame>
  );
}

function FilterForm({
  initial,
  onApply,
}: {
  initial: PopupFilters;
  onApply: (filters: PopupFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const cleared: PopupFilters = { segment: undefined, tier: undefined, flags: [], sort: defaultSort };
  return (
    <SheetForm
      title={t('ui.customers.filter')}
      onSubmit={() => onApply(draft)}
      primary={{ label: t('ui.customers.applyFilters') }}
      secondary={{ label: t('ui.customers.resetFilters'), onClick: () => setDraft(cleared) }}
    >
      <FilterFields draft={draft} onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))} />
    </SheetForm>
  );
}

interface FilterFieldsProps {
  draft: PopupFilters;
  onChange: (patch: Partial<PopupFilters>) => void;
}

function FilterFields({ draft, onChange }: FilterFieldsProps) {
  const { t } = useTranslation();
  const titles = {
    segment: t('ui.customers.fields.segment'),
    tier: t('ui.customers.fields.tier'),
    flags: t('ui.customers.fields.flags'),
    sort: t('ui.customers.sort'),
  };
  return (
    <>
      <FilterSection title={titles.segment}>
        <SingleChoiceChips
          label={titles.segment}
          options={segmentOptions(t)}
          value={draft.segment}
          canClear
          onChange={(segment) => onChange({ segment })}
        />
      </FilterSection>
      <FilterSection title={titles.tier}>
        <SingleChoiceChips
          label={titles.tier}
          options={tierOptions(t)}
          value={draft.tier}
          canClear
          onChange={(tier) => onChange({ tier })}
        />
      </FilterSection>
      <FilterSection title={titles.flags}>
        <MultipleChoiceChips
          label={titles.flags}
          options={flagOptions(t)}
          value={draft.flags}
          onChange={(flags) => onChange({ flags })}
        />
      </FilterSection>
      <FilterSection title={titles.sort}>
        <SingleChoiceChips
          label={titles.sort}
          options={sortOptions(t)}
          value={draft.sort}
          onChange={(sort) => onChange({ sort: sort ?? defaultSort })}
        />
      </FilterSection>
    </>
  );
}

function FilterSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h3 className={styles.sectionTitle}>{title}</h3>
      {children}
    </section>
  );
}
