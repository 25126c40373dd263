/**
 * The foot of an infinite list: loads the next page as it scrolls into view, and says "loading" while more can come,
 * "no more" at the end, or offers a retry after a page failed.
 */
import InfiniteScroll from 'antd-mobile/es/components/infinite-scroll';
import { useTranslation } from 'react-i18next';
import styles from './list-end.module.css';

/** The part of an infinite query the foot drives. */
interface MorePages {
  hasNextPage: boolean;
  fetchNextPage: () => Promise<{ isError: boolean; error: unknown }>;
}

interface ListEndProps {
  pages: MorePages;
  /** What the retry button says after a page failed to load. */
  failedLabel: string;
}

export function ListEnd({ pages, failedLabel }: ListEndProps) {
  const { t } = useTranslation();
  async function loadMore(): Promise<void> {
    const result = await pages.fetchNextPage();
    if (result.isError) throw result.error;
  }
  return (
    <InfiniteScroll loadMore={loadMore} hasMore={pages.hasNextPage}>
      {(hasMore, hasFailed, retry) =>
        hasFailed ? (
          <button type="button" className={styles.retry} onClick={() => void retry()}>
            {failedLabel}
          </button>
        ) : (
          <span className={styles.end}>{hasMore ? t('ui.common.loading') : t('ui.common.noMore')}</span>
        )
      }
    </InfiniteScroll>
  );
}
