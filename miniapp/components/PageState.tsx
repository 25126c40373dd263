/** Every screen's three other states, decided in one place: loading skeleton, empty with a next step, error with retry. */
import Skeleton from 'antd-mobile/es/components/skeleton';
import ExclamationCircleOutline from 'antd-mobile-icons/es/ExclamationCircleOutline';
import FileOutline from 'antd-mobile-icons/es/FileOutline';
import { type ReactNode, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import styles from './page-state.module.css';
import { type StateAction, StateMessage } from './StateMessage';

export interface EmptyState {
  title: string;
  description?: string;
  action?: StateAction | undefined;
  icon?: ReactNode;
}

interface PageStateProps {
  isLoading: boolean;
  /** Pass null when older data is on screen: a failed background refresh should not hide it. */
  error: unknown;
  onRetry: () => void;
  isEmpty?: boolean;
  empty?: EmptyState;
  skeletonRows?: number;
  /**
   * For a page's main list or content, last on its page: once the data has arrived, it is drawn in an interruptible
   * render that yields to the phone every few milliseconds instead of blocking taps for 100–200 ms (issue #14). Only
   * where nothing below it is on screen yet, or what is there would jump down when it appears.
   */
  deferRows?: boolean;
  children: ReactNode;
}

export function PageState({
  isLoading,
  error,
  onRetry,
  isEmpty,
  empty,
  skeletonRows,
  deferRows = false,
  children,
}: PageStateProps) {
  const stillDrawing = useDeferredValue(isLoading);
  if (isLoading || (deferRows && stillDrawing)) return <LoadingSkeleton rows={skeletonRows ?? 4} />;
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (isEmpty && empty) {
    return (
      <StateMessage
        icon={empty.icon ?? <FileOutline />}
        title={empty.title}
        description={empty.description}
        action={empty.action}
      />
    );
  }
  return <>{children}</>;
}

/** Also the fallback while the language's catalogue loads, so it never waits for it: the status text follows. */
export function LoadingSkeleton({ rows = 4 }: { rows?: number }) {
  const { t, ready } = useTranslation(undefined, { useSuspense: false });
  const cards = Array.from({ length: rows }, (_, index) => index);
  return (
    <div className={styles.skeleton} aria-busy="true">
      <span className={styles.visuallyHidden} role="status">
        {ready ? t('ui.common.loading') : null}
      </span>
      {cards.map((card) => (
        <div key={card} className={styles.skeletonCard} aria-hidden="true">
          <Skeleton.Title animated />
          <Skeleton.Paragraph lineCount={2} animated />
        </div>
      ))}
    </div>
  );
}

function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = isApiError(error) ? error.message : t('errors.INTERNAL');
  return (
    <StateMessage
      tone="error"
      role="alert"
      icon={<ExclamationCircleOutline />}
      title={t('ui.state.errorTitle')}
      description={message}
      action={{ label: t('ui.common.retry'), onClick: onRetry }}
    />
  );
}
