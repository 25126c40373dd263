/** The foot of an infinite list: "loading" while more can come, "no more" at the end, a retry after a failed page. */
import { useTranslation } from 'react-i18next';
import styles from './list-end.module.css';

interface ListEndProps {
  hasMore: boolean;
  hasFailed: boolean;
  /** What the retry button says after a page failed to load. */
  failedLabel: string;
  onRetry: () => void;
}

export function ListEnd({ hasMore, hasFailed, failedLabel, onRetry }: ListEndProps) {
  const { t } = useTranslation();
  if (hasFailed) {
    return (
      <button type="button" className={styles.retry} onClick={onRetry}>
        {failedLabel}
      </button>
    );
  }
  return <span className={styles.end}>{hasMore ? t('ui.common.loading') : t('ui.common.noMore')}</span>;
}
