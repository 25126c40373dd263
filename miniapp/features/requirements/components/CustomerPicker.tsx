/** The capture form's customer field: shows the chosen customer, and a searchable sheet of customers to choose from. */
import { BottomSheet } from '@miniapp/components/BottomSheet';
import { PageState } from '@miniapp/components/PageState';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import SearchBar from 'antd-mobile/es/components/search-bar';
import { RightOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CustomerChoice, useCustomerChoices } from '../api';
import styles from './requirements.module.css';

interface CustomerPickerProps {
  id?: string;
  value?: CustomerChoice | null;
  onChange?: (value: CustomerChoice) => void;
}

export function CustomerPicker({ id, value, onChange }: CustomerPickerProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button id={id} type="button" className={styles.customerButton} onClick={() => setOpen(true)}>
        {value ? (
          <span>{value.name}</span>
        ) : (
          <span className={styles.placeholder}>{t('ui.requirements.form.pickCustomer')}</span>
        )}
        <RightOutline aria-hidden="true" />
      </button>
      <BottomSheet
        isOpen={isOpen}
        title={t('ui.requirements.form.pickCustomer')}
        onClose={() => setOpen(false)}
      >
        <CustomerSearch
          onPick={(choice) => {
            onChange?.(choice);
            setOpen(false);
          }}
        />
      </BottomSheet>
    </>
  );
}

function CustomerSearch({ onPick }: { onPick: (choice: CustomerChoice) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const settled = useDebouncedValue(query.trim());
  const choices = useCustomerChoices(settled);
  const items = choices.data ?? [];
  return (
    <div className={styles.picker}>
      <div className={styles.toolbar}>
        <SearchBar
          placeholder={t('ui.requirements.form.customerSearch')}
          value={query}
          onChange={setQuery}
          aria-label={t('ui.requirements.form.customerSearch')}
        />
      </div>
      <PageState
        isLoading={choices.isPending}
        error={choices.data ? null : choices.error}
        onRetry={() => void choices.refetch()}
        isEmpty={items.length === 0}
        empty={{ title: t('ui.requirements.form.noCustomers') }}
        skeletonRows={3}
      >
        <ul className={styles.pickerList}>
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" className={styles.pickerRow} onClick={() => onPick(item)}>
                {item.name}
              </button>
            </li>
          ))}
        </ul>
      </PageState>
    </div>
  );
}
