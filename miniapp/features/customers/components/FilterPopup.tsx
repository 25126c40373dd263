/** The bottom sheet of list filters: size, value tier, flags and order, applied together with one tap. */
import { MultipleChoiceChips, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { Button, Popup } from 'antd-mobile';
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
    <Popup
      visible={isOpen}
      onMaskClick={onClose}
      onClose={onClose}
      destroyOnClose
      showCloseButton
      bodyClassName={styles.sheet}
    >
      <FilterForm initial={filters} onApply={onApply} />
    </Popup>
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
  const change = (patch: Partial<PopupFilters>) => setDraft((current) => ({ ...current, ...patch }));
  const cleared: PopupFilters = { segment: undefined, tier: undefined, flags: [], sort: defaultSort };
  return (
    <div className={styles.form}>
      <h2 className={styles.title}>{t('ui.customers.filter')}</h2>
      <FilterSection title={t('ui.customers.fields.segment')}>
        {(label) => (
          <SingleChoiceChips
            label={label}
            options={segmentOptions(t)}
            value={draft.segment}
            canClear
            onChange={(segment) => change({ segment })}
          />
        )}
      </FilterSection>
      <FilterSection title={t('ui.customers.fields.tier')}>
        {(label) => (
          <SingleChoiceChips
            label={label}
            options={tierOptions(t)}
            value={draft.tier}
            canClear
            onChange={(tier) => change({ tier })}
          />
        )}
      </FilterSection>
      <FilterSection title={t('ui.customers.fields.flags')}>
        {(label) => (
          <MultipleChoiceChips
            label={label}
            options={flagOptions(t)}
            value={draft.flags}
            onChange={(flags) => change({ flags })}
          />
        )}
      </FilterSection>
      <FilterSection title={t('ui.customers.sort')}>
        {(label) => (
          <SingleChoiceChips
            label={label}
            options={sortOptions(t)}
            value={draft.sort}
            onChange={(sort) => change({ sort: sort ?? defaultSort })}
          />
        )}
      </FilterSection>
      <div className={styles.footer}>
        <Button shape="rounded" onClick={() => setDraft(cleared)}>
          {t('ui.customers.resetFilters')}
        </Button>
        <Button shape="rounded" color="primary" onClick={() => onApply(draft)}>
          {t('ui.customers.applyFilters')}
        </Button>
      </div>
    </div>
  );
}

function FilterSection({ title, children }: { title: string; children: (label: string) => ReactNode }) {
  return (
    <section className={styles.section}>
      <h3 className={styles.sectionTitle}>{title}</h3>
      {children(title)}
    </section>
  );
}
