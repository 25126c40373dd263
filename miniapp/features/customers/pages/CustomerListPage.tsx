/** 客户: search, filter and scroll through the company's customers; sales and managers can add one. */
import { ListEnd } from '@miniapp/components/ListEnd';
import rows from '@miniapp/components/link-list.module.css';
import { PageHeader } from '@miniapp/components/PageHeader';
import { type EmptyState, PageState } from '@miniapp/components/PageState';
import { PullToRefresh } from '@miniapp/components/PullToRefresh';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { allItems } from '@miniapp/lib/cursor-pages';
import { useLinkNavigation } from '@miniapp/lib/use-link-navigation';
import Button from 'antd-mobile/es/components/button';
import { AddOutline, FilterOutline, TeamOutline, UploadOutline } from 'antd-mobile-icons';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { customerListParams, useCustomerList } from '../api';
import { CustomerRow } from '../components/CustomerRow';
import { ListToolbar } from '../components/ListToolbar';
import { useCustomerLabels } from '../labels';
import { clearedFilters, hasAnyFilter, queryFiltersOf, useListFilters } from '../use-list-filters';

function emptyStateFor(options: {
  t: TFunction;
  isFiltered: boolean;
  onClear: () => void;
  onCreate?: () => void;
}) {
  const { t, isFiltered, onClear, onCreate } = options;
  if (isFiltered) {
    return {
      icon: <FilterOutline />,
      title: t('ui.customers.noMatchTitle'),
      description: t('ui.customers.noMatchBody'),
      action: { label: t('ui.customers.clearFilters'), onClick: onClear },
    } satisfies EmptyState;
  }
  return {
    icon: <TeamOutline />,
    title: t('ui.customers.emptyTitle'),
    description: t(onCreate ? 'ui.customers.emptyBody' : 'ui.customers.emptyBodyReadOnly'),
    action: onCreate ? { label: t('ui.customers.create'), onClick: onCreate } : undefined,
  } satisfies EmptyState;
}

export function CustomerListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { filters, updateFilters } = useListFilters();
  const [toolbarKey, setToolbarKey] = useState(0);
  const queryFilters = queryFiltersOf(filters, { myId: me.id });
  const list = useCustomerList(queryFilters);
  const customers = allItems(list.data);
  const labels = useCustomerLabels();
  const openRow = useLinkNavigation();
  const openCreate = me.can.createCustomer ? () => void navigate('/customers/new') : undefined;
  const openImport = me.can.importCustomers ? () => void navigate('/customers/import') : undefined;
  const clearFilters = () => {
    updateFilters(clearedFilters);
    setToolbarKey((key) => key + 1);
  };

  return (
    <main>
      <ListHeader onCreate={openCreate} onImport={openImport} />
      <ListToolbar
        key={toolbarKey}
        filters={filters}
        updateFilters={updateFilters}
        exportParams={customerListParams(queryFilters)}
      />
      <PullToRefresh onRefresh={() => list.refetch()}>
        <PageState
          deferRows
          isLoading={list.isPending}
          error={list.data ? null : list.error}
          onRetry={() => void list.refetch()}
          isEmpty={customers.length === 0}
          empty={emptyStateFor({
            t,
            isFiltered: hasAnyFilter(filters),
            onClear: clearFilters,
            onCreate: openCreate,
          })}
        >
          <ul className={rows.list} aria-label={t('ui.customers.listLabel')}>
            {customers.map((customer) => (
              <CustomerRow key={customer.id} customer={customer} labels={labels} onOpen={openRow} />
            ))}
          </ul>
          <ListEnd pages={list} failedLabel={t('ui.customers.loadMoreFailed')} />
        </PageState>
      </PullToRefresh>
    </main>
  );
}

function ListHeader({
  onCreate,
  onImport,
}: {
  onCreate?: (() => void) | undefined;
  onImport?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const importButton = onImport ? (
    <Button size="small" shape="rounded" onClick={onImport}>
      <UploadOutline aria-hidden="true" /> {t('ui.customers.importEntry')}
    </Button>
  ) : null;
  const createButton = onCreate ? (
    <Button size="small" color="primary" shape="rounded" onClick={onCreate}>
      <AddOutline aria-hidden="true" /> {t('ui.customers.createShort')}
    </Button>
  ) : null;
  const actions =
    importButton || createButton ? (
      <>
        {importButton}
        {createButton}
      </>
    ) : null;
  return <PageHeader title={t('ui.tabs.customers')} actions={actions} />;
}
