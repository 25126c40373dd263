/** 我的需求: every requirement I reported, newest news first, with its history and the "told the customer" step. */
import { PageState } from '@miniapp/components/PageState';
import { PullToRefresh } from '@miniapp/components/PullToRefresh';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import InfiniteScroll from 'antd-mobile/es/components/infinite-scroll';
import { MessageOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { allPages, useConfirmTold, useContestMerge, useMyRequirements } from '../api';
import { MyRequirementCard } from './MyRequirementCard';
import styles from './requirements.module.css';

export function MyRequirementList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mine = useMyRequirements();
  const told = useConfirmTold();
  const contest = useContestMerge();
  const items = allPages(mine.data);

  function confirmTold(requirementId: string, customerId: string): void {
    told.mutate(
      { requirementId, customerId },
      {
        onSuccess: () => showSuccess(t('ui.requirements.mine.toldSaved')),
        onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
      },
    );
  }

  function contestMerge(requirementId: string, mergeId: string): void {
    contest.mutate(
      { requirementId, mergeId },
      {
        onSuccess: () => showSuccess(t('ui.requirements.mine.contestSaved')),
        onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
      },
    );
  }

  async function loadMore(): Promise<void> {
    const result = await mine.fetchNextPage();
    if (result.isError) throw result.error;
  }

  return (
    <PullToRefresh onRefresh={() => mine.refetch()}>
      <PageState
        deferRows
        isLoading={mine.isPending}
        error={mine.data ? null : mine.error}
        onRetry={() => void mine.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <MessageOutline />,
          title: t('ui.requirements.mine.emptyTitle'),
          description: t('ui.requirements.mine.emptyBody'),
          action: { label: t('ui.requirements.capture'), onClick: () => void navigate('/requirements/new') },
        }}
      >
        <ul className={styles.list} aria-label={t('ui.requirements.mine.listLabel')}>
          {items.map((item) => (
            <MyRequirementCard
              key={item.requirement.id}
              item={item}
              onTold={confirmTold}
              onContest={contestMerge}
              isSaving={told.isPending && told.variables?.requirementId === item.requirement.id}
            />
          ))}
        </ul>
        <InfiniteScroll loadMore={loadMore} hasMore={mine.hasNextPage} />
      </PageState>
    </PullToRefresh>
  );
}
