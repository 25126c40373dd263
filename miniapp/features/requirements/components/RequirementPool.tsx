/** 需求池: the tenant's requirements by score, searchable and filtered by status; "my customer wants this too" on each. */

import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { PageState } from '@miniapp/components/PageState';
import { PullToRefresh } from '@miniapp/components/PullToRefresh';
import { formatScore } from '@miniapp/lib/format';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import type { RequirementStatus } from '@shared/domain/requirements';
import type { Requirement } from '@shared/schemas/requirements';
import Button from 'antd-mobile/es/components/button';
import InfiniteScroll from 'antd-mobile/es/components/infinite-scroll';
import SearchBar from 'antd-mobile/es/components/search-bar';
import Tag from 'antd-mobile/es/components/tag';
import { FilterOutline, MessageOutline } from 'antd-mobile-icons';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { allPages, poolParams, useRequirementList } from '../api';
import { statusOptions, statusTone } from '../options';
import styles from './requirements.module.css';

export function RequirementPool() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<RequirementStatus | undefined>(undefined);
  const q = useDebouncedValue(query.trim());
  const list = useRequirementList(poolParams({ q, status }));
  const items = allPages(list.data);
  const isFiltered = q !== '' || status !== undefined;
  const alsoWants = (item: Requirement) =>
    void navigate('/requirements/new', { state: { target: { id: item.id, title: item.title } } });

  async function loadMore(): Promise<void> {
    const result = await list.fetchNextPage();
    if (result.isError) throw result.error;
  }

  return (
    <>
      <div className={styles.toolbar}>
        <SearchBar
          placeholder={t('ui.requirements.pool.search')}
          value={query}
          onChange={setQuery}
          aria-label={t('ui.requirements.pool.search')}
        />
        <SingleChoiceChips
          label={t('ui.requirements.pool.statusFilter')}
          options={statusOptions(t).filter((option) => option.value !== 'merged')}
          value={status}
          onChange={setStatus}
          canClear
        />
      </div>
      <PullToRefresh onRefresh={() => list.refetch()}>
        <PageState
          isLoading={list.isPending}
          error={list.data ? null : list.error}
          onRetry={() => void list.refetch()}
          isEmpty={items.length === 0}
          empty={
            isFiltered
              ? {
                  icon: <FilterOutline />,
                  title: t('ui.requirements.pool.noMatchTitle'),
                  description: t('ui.requirements.pool.noMatchBody'),
                  action: {
                    label: t('ui.requirements.pool.clear'),
                    onClick: () => {
                      setQuery('');
                      setStatus(undefined);
                    },
                  },
                }
              : {
                  icon: <MessageOutline />,
                  title: t('ui.requirements.pool.emptyTitle'),
                  description: t('ui.requirements.pool.emptyBody'),
                  action: {
                    label: t('ui.requirements.capture'),
                    onClick: () => void navigate('/requirements/new'),
                  },
                }
          }
        >
          <ul className={styles.list} aria-label={t('ui.requirements.pool.listLabel')}>
            {items.map((item) => (
              <PoolRow key={item.id} item={item} onAlsoWants={alsoWants} />
            ))}
          </ul>
          <InfiniteScroll loadMore={loadMore} hasMore={list.hasNextPage} />
        </PageState>
      </PullToRefresh>
    </>
  );
}

const PoolRow = memo(function PoolRow({
  item,
  onAlsoWants,
}: {
  item: Requirement;
  onAlsoWants: (item: Requirement) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className={styles.card}>
      <div className={styles.cardHead}>
        <Link to={`/requirements/${item.id}`} className={styles.cardTitle}>
          {item.title}
        </Link>
        <Tag color={statusTone[item.status]}>{t(`ui.requirements.status.${item.status}`)}</Tag>
      </div>
      {item.description ? <span className={styles.meta}>{item.description}</span> : null}
      <div className={styles.actions}>
        <span className={styles.meta}>
          {t('ui.requirements.pool.customers', { count: item.customerCount })} ·{' '}
          {t('ui.requirements.pool.score', { score: formatScore(item.score) })}
        </span>
        {item.can.addMention ? (
          <Button
            size="mini"
            color="primary"
            fill="outline"
            aria-label={`${t('ui.requirements.pool.alsoWants')}：${item.title}`}
            onClick={() => onAlsoWants(item)}
          >
            {t('ui.requirements.pool.alsoWants')}
          </Button>
        ) : null}
      </div>
    </li>
  );
});
