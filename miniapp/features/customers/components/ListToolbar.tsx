/** Search box, filter chips and 导出 above the customer list; typing settles before it searches. */
import { ExportButton } from '@miniapp/components/ExportButton';
import { ToggleChip } from '@miniapp/components/ToggleChip';
import type { QueryParams } from '@miniapp/lib/api-client';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import SearchBar from 'antd-mobile/es/components/search-bar';
import { FilterOutline } from 'antd-mobile-icons';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import listStyles from '../pages/customer-list.module.css';
import { countPopupFilters, type ListFilters } from '../use-list-filters';

// The sheet pulls in antd-mobile's animation libraries; load them on first open, not with the list.
const FilterPopup = lazy(async () => ({ default: (await import('./FilterPopup')).FilterPopup }));

interface ListToolbarProps {
  filters: ListFilters;
  updateFilters: (change: Partial<ListFilters>) => void;
  /** The list's query as sent, for 导出 of exactly this list. */
  exportParams: QueryParams;
}

/** The search text as typed, written to the filters once typing pauses. */
function useSettledSearch({ filters, updateFilters }: ListToolbarProps) {
  const [searchText, setSearchText] = useState(filters.q);
  const settledText = useDebouncedValue(searchText.trim());
  // Read the newest filters inside the effect without re-running it on every filter change.
  const latest = useRef({ filters, updateFilters });
  latest.current = { filters, updateFilters };

  useEffect(() => {
    const current = latest.current;
    if (settledText !== current.filters.q) current.updateFilters({ q: settledText });
  }, [settledText]);

  return [searchText, setSearchText] as const;
}

export function ListToolbar(props: ListToolbarProps) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useSettledSearch(props);
  return (
    <div className={listStyles.toolbar}>
      <SearchBar
        placeholder={t('ui.customers.searchPlaceholder')}
        value={searchText}
        onChange={setSearchText}
        className={listStyles.search}
      />
      <FilterChips {...props} />
    </div>
  );
}

function FilterChips({ filters, updateFilters, exportParams }: ListToolbarProps) {
  const { t } = useTranslation();
  const [isFilterOpen, setFilterOpen] = useState(false);
  const [hasOpenedFilter, setHasOpenedFilter] = useState(false);
  const popupCount = countPopupFilters(filters);
  const openFilter = () => {
    setHasOpenedFilter(true);
    setFilterOpen(true);
  };
  return (
    <div className={listStyles.chips}>
      <ToggleChip
        isPressed={filters.isOnlyMine}
        onClick={() => updateFilters({ isOnlyMine: !filters.isOnlyMine })}
      >
        {t('ui.customers.onlyMine')}
      </ToggleChip>
      <ToggleChip isPressed={popupCount > 0} opensDialog onClick={openFilter}>
        <FilterOutline aria-hidden="true" />
        {popupCount > 0 ? t('ui.customers.filterCount', { count: popupCount }) : t('ui.customers.filter')}
      </ToggleChip>
      <ExportButton path="/customers/export" params={exportParams} />
      {hasOpenedFilter ? (
        <Suspense fallback={null}>
          <FilterPopup
            isOpen={isFilterOpen}
            filters={filters}
            onClose={() => setFilterOpen(false)}
            onApply={(chosen) => {
              updateFilters(chosen);
              setFilterOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
