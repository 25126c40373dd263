/** Choose the visited customer: recently visited and nearby first, or search the whole customer list. */
import { BottomSheet } from '@miniapp/components/BottomSheet';
import { useCustomerPickerSearch } from '@miniapp/features/customers/api';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { currentLocale } from '@miniapp/lib/i18n';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import type { CustomerSuggestion } from '@shared/schemas/visits';
import DotLoading from 'antd-mobile/es/components/dot-loading';
import SearchBar from 'antd-mobile/es/components/search-bar';
import { AddOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useCustomerSuggestions } from '../api';
import { formatDistance } from '../dates';
import type { NamedRef } from '../visit-draft';
import styles from './visits.module.css';

interface CustomerPickerPopupProps {
  isOpen: boolean;
  /** Where the rep stands, when a check-in already read it: nearby customers come first. */
  near: { lat: number; lng: number } | null;
  onClose: () => void;
  onPick: (customer: NamedRef) => void;
}

export function CustomerPickerPopup({ isOpen, near, onClose, onPick }: CustomerPickerPopupProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  return (
    <BottomSheet isOpen={isOpen} title={t('ui.visits.customerPicker.title')} onClose={onClose}>
      <SearchBar
        placeholder={t('ui.visits.customerPicker.search')}
        aria-label={t('ui.visits.customerPicker.search')}
        value={query}
        onChange={setQuery}
      />
      {query.trim() === '' ? (
        <Suggestions near={near} onPick={onPick} />
      ) : (
        <SearchResults query={query.trim()} onPick={onPick} />
      )}
    </BottomSheet>
  );
}

function Suggestions({
  near,
  onPick,
}: {
  near: { lat: number; lng: number } | null;
  onPick: (c: NamedRef) => void;
}) {
  const { t } = useTranslation();
  const suggestions = useCustomerSuggestions(near);
  if (suggestions.isPending) return <DotLoading color="primary" />;
  if (suggestions.isError) return <p className={styles.error}>{t('ui.state.errorTitle')}</p>;
  const { recent, nearby } = suggestions.data;
  return (
    <>
      {nearby.length > 0 ? (
        <PickSection title={t('ui.visits.customerPicker.nearby')} items={nearby} onPick={onPick} />
      ) : null}
      {recent.length > 0 ? (
        <PickSection title={t('ui.visits.customerPicker.recent')} items={recent} onPick={onPick} />
      ) : null}
      {recent.length === 0 && nearby.length === 0 ? (
        <p className={styles.hint}>{t('ui.visits.customerPicker.search')}</p>
      ) : null}
    </>
  );
}

function SearchResults({ query, onPick }: { query: string; onPick: (c: NamedRef) => void }) {
  const { t } = useTranslation();
  const debounced = useDebouncedValue(query, 250);
  const results = useCustomerPickerSearch(debounced);
  if (results.isPending) return <DotLoading color="primary" />;
  if (results.isError) return <p className={styles.error}>{t('ui.state.errorTitle')}</p>;
  const items = results.data.items.map((customer) => ({ id: customer.id, name: customer.name }));
  const isExact = items.some((item) => item.name === query);
  return (
    <>
      {items.length === 0 ? (
        <p className={styles.hint}>{t('ui.visits.customerPicker.none')}</p>
      ) : (
        <PickSection title={t('ui.visits.customerPicker.results')} items={items} onPick={onPick} />
      )}
      {isExact ? null : <CreateCustomerButton name={query} />}
    </>
  );
}

/** 新建客户「…」: the customer form with what was typed, coming back to this visit with the new customer. */
function CreateCustomerButton({ name }: { name: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  if (!me.can.createCustomer) return null;
  const open = () => {
    const params = new URLSearchParams({ name, returnTo: `${pathname}${search}` });
    void navigate(`/customers/new?${params.toString()}`);
  };
  return (
    <button type="button" className={styles.pickItem} onClick={open}>
      <span>
        <AddOutline aria-hidden="true" /> {t('ui.visits.customerPicker.create', { name })}
      </span>
    </button>
  );
}

function PickSection({
  title,
  items,
  onPick,
}: {
  title: string;
  items: (NamedRef & Partial<Pick<CustomerSuggestion, 'distanceMeters'>>)[];
  onPick: (customer: NamedRef) => void;
}) {
  const locale = currentLocale();
  return (
    <section>
      <h3 className={styles.sectionTitle}>{title}</h3>
      <ul className={styles.pickList}>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={styles.pickItem}
              onClick={() => onPick({ id: item.id, name: item.name })}
            >
              <span>{item.name}</span>
              {item.distanceMeters != null ? (
                <span className={styles.muted}>{formatDistance(item.distanceMeters, locale)}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
