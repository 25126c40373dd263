/** 拜访: my visits (managers: everyone's) by day, what is due, what is still waiting to sync, and "记录拜访". */

import { ExportButton } from '@miniapp/components/ExportButton';
import { ListEnd } from '@miniapp/components/ListEnd';
import { PageHeader } from '@miniapp/components/PageHeader';
import { type EmptyState, LoadingSkeleton, PageState } from '@miniapp/components/PageState';
import { PendingSubmissions } from '@miniapp/components/PendingSubmissions';
import { PullToRefresh } from '@miniapp/components/PullToRefresh';
import { ToggleChip } from '@miniapp/components/ToggleChip';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { allItems } from '@miniapp/lib/cursor-pages';
import { currentLocale } from '@miniapp/lib/i18n';
import { useLinkNavigation } from '@miniapp/lib/use-link-navigation';
import { localDateOf } from '@shared/domain/clock';
import Button from 'antd-mobile/es/components/button';
import { AddOutline, EnvironmentOutline, FilterOutline } from 'antd-mobile-icons';
import type { TFunction } from 'i18next';
import { lazy, Suspense, useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useFollowUpsDue, useVisitList, visitListParams } from '../api';
import { FollowUpsDue } from '../components/FollowUpsDue';
import { VisitRow } from '../components/VisitRow';
import styles from '../components/visit-list.module.css';
import { dayLabel, groupByDay } from '../dates';
import {
  countFilters,
  noVisitFilters,
  readVisitFilters,
  type VisitFilters,
  writeVisitFilters,
} from '../list-filters';
import { visitSubmissionKind } from '../sender';

const teamRoles = new Set(['manager', 'admin']);

// The filter sheet (with its date pickers) is fetched on the first tap on 筛选, not with the list.
const VisitFilterPopup = lazy(async () => ({
  default: (await import('../components/VisitFilterPopup')).VisitFilterPopup,
}));

function emptyStateFor(options: {
  t: TFunction;
  isFiltered: boolean;
  isTeam: boolean;
  onClear: () => void;
  onLog: () => void;
}) {
  const { t, isFiltered, isTeam, onClear, onLog } = options;
  if (isFiltered) {
    return {
      icon: <FilterOutline />,
      title: t('ui.visits.noMatchTitle'),
      description: t('ui.visits.noMatchBody'),
      action: { label: t('ui.visits.filters.clear'), onClick: onClear },
    } satisfies EmptyState;
  }
  return {
    icon: <EnvironmentOutline />,
    title: t('ui.visits.emptyTitle'),
    description: t(isTeam ? 'ui.visits.emptyBodyTeam' : 'ui.visits.emptyBody'),
    action: { label: t('ui.visits.log'), onClick: onLog },
  } satisfies EmptyState;
}

export function VisitsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const isTeam = teamRoles.has(me.role);
  const [search, setSearch] = useSearchParams();
  const filters = readVisitFilters(search);
  const setFilters = (next: VisitFilters | ((current: VisitFilters) => VisitFilters)) =>
    setSearch(writeVisitFilters(typeof next === 'function' ? next(filters) : next), { replace: true });
  const [isFilterOpen, setFilterOpen] = useState(false);
  const [hasOpenedFilters, setOpenedFilters] = useState(false);
  const list = useVisitList(filters);
  // The follow-ups sit above the filters and the list: until they are known, what is below them is not drawn, or it
  // would jump down under the rep's finger when they arrive. Then all of it is drawn in an interruptible render that
  // yields to the phone every few milliseconds (issue #14).
  const followUpsPending = useDeferredValue(useFollowUpsDue().isPending);
  const visits = allItems(list.data);
  const openRow = useLinkNavigation();
  const openNew = () => void navigate('/visits/new');
  const filterCount = countFilters(filters);

  return (
    <main>
      <PageHeader title={t(isTeam ? 'ui.visits.team' : 'ui.tabs.visits')} />
      <div className={styles.logButton}>
        <Button block color="primary" shape="rounded" size="large" onClick={openNew}>
          <AddOutline aria-hidden="true" /> {t('ui.visits.log')}
        </Button>
      </div>
      <PendingSubmissions kind={visitSubmissionKind} />
      {followUpsPending ? (
        <LoadingSkeleton />
      ) : (
        <>
          <FollowUpsDue showOwner={isTeam} />
          <div className={styles.toolbar}>
            <ToggleChip
              isPressed={filterCount > 0}
              onClick={() => {
                setOpenedFilters(true);
                setFilterOpen(true);
              }}
            >
              <FilterOutline aria-hidden="true" />
              {filterCount > 0
                ? t('ui.visits.filters.openCount', { count: filterCount })
                : t('ui.visits.filters.open')}
            </ToggleChip>
            <ToggleChip
              isPressed={filters.isFlaggedOnly}
              onClick={() => setFilters((current) => ({ ...current, isFlaggedOnly: !current.isFlaggedOnly }))}
            >
              {t('ui.visits.filters.flaggedOnly')}
            </ToggleChip>
            {filters.owner ? (
              <ToggleChip isPressed onClick={() => setFilters({ ...filters, owner: undefined })}>
                {t('ui.visits.filters.ownerOnly', { name: filters.owner.name })}
              </ToggleChip>
            ) : null}
            <ExportButton path="/visits/export" params={visitListParams(filters)} />
          </div>
          <PullToRefresh onRefresh={() => list.refetch()}>
            <PageState
              deferRows
              isLoading={list.isPending}
              error={list.data ? null : list.error}
              onRetry={() => void list.refetch()}
              isEmpty={visits.length === 0}
              empty={emptyStateFor({
                t,
                isFiltered: filterCount > 0 || filters.isFlaggedOnly || filters.owner !== undefined,
                isTeam,
                onClear: () => setFilters(noVisitFilters),
                onLog: openNew,
              })}
            >
              <DayGroups visits={visits} showOwner={isTeam} onOpen={openRow} />
              <ListEnd pages={list} failedLabel={t('ui.visits.loadMoreFailed')} />
            </PageState>
          </PullToRefresh>
        </>
      )}
      {hasOpenedFilters ? (
        <Suspense fallback={null}>
          <VisitFilterPopup
            isOpen={isFilterOpen}
            filters={filters}
            onClose={() => setFilterOpen(false)}
            onApply={(next) => {
              setFilters(next);
              setFilterOpen(false);
            }}
          />
        </Suspense>
      ) : null}
    </main>
  );
}

function DayGroups({
  visits,
  showOwner,
  onOpen,
}: {
  visits: Parameters<typeof VisitRow>[0]['visit'][];
  showOwner: boolean;
  onOpen: Parameters<typeof VisitRow>[0]['onOpen'];
}) {
  const { t } = useTranslation();
  const today = localDateOf(new Date());
  const locale = currentLocale();
  return (
    <div role="feed" aria-label={t('ui.visits.listLabel')}>
      {groupByDay(visits, (visit) => visit.visitedAt).map((group) => (
        <article key={group.date} className={styles.day} aria-labelledby={`day-${group.date}`}>
          <h2 id={`day-${group.date}`} className={styles.dayHeader}>
            {dayLabel(group.date, today, { t, locale })}
          </h2>
          <ul className={styles.list}>
            {group.items.map((visit) => (
              <VisitRow key={visit.id} visit={visit} showOwner={showOwner} onOpen={onOpen} />
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}
