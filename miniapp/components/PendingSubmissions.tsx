/** What is waiting on this phone to be sent (or was refused): each with its state, retry and discard. */
import {
  discardSubmission,
  keepSubmissionAsNew,
  type PendingSubmission,
  retrySubmission,
  usePendingSubmissions,
} from '@miniapp/lib/offline/queue';
import Button from 'antd-mobile/es/components/button';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmDialog } from './confirm';
import styles from './pending-submissions.module.css';
import { SubmissionDifferenceHint, SubmissionDifferenceTable } from './SubmissionDifference';
import { showSuccess } from './toast';

export interface PendingSubmissionsProps {
  /** Only this kind ('visit', 'requirement', …); all kinds when omitted. */
  kind?: string;
}

const isDiffering = (item: PendingSubmission) => item.status === 'differs';

export function PendingSubmissions({ kind }: PendingSubmissionsProps) {
  const { t } = useTranslation();
  const items = usePendingSubmissions(kind);
  const titleId = useId();
  if (items.length === 0) return null;

  async function confirmDiscard(item: PendingSubmission): Promise<void> {
    const isConfirmed = await confirmDialog({
      content: t('ui.field.pending.discardConfirm', { label: item.label }),
      confirmText: t('ui.field.pending.discard'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    await discardSubmission(item.id);
    showSuccess(t('ui.field.pending.discarded'));
  }

  async function keepAsNew(item: PendingSubmission): Promise<void> {
    await keepSubmissionAsNew(item.id);
    showSuccess(t('ui.field.pending.keptAsNew'));
  }

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {t('ui.field.pending.title', { count: items.length })}
        </h2>
        <p className={styles.hint}>{t('ui.field.pending.hint')}</p>
      </div>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id} className={styles.item}>
            <div className={styles.what}>
              <p className={styles.label}>{item.label}</p>
              <p
                className={
                  item.status === 'waiting' || item.status === 'sending'
                    ? styles.status
                    : `${styles.status} ${styles.failed}`
                }
                role={item.status === 'failed' || item.status === 'differs' ? 'alert' : undefined}
              >
                {t(`ui.field.pending.${item.status}`)}
                {item.error ? `：${item.error}` : ''}
              </p>
              {item.difference ? (
                <>
                  <SubmissionDifferenceHint />
                  <SubmissionDifferenceTable difference={item.difference} />
                </>
              ) : null}
            </div>
            {item.status === 'sending' ? null : (
              <>
                {/* Differing content cannot simply go again: it goes as a new record, or not at all. */}
                <Button
                  size="small"
                  color="primary"
                  fill="outline"
                  aria-label={t(`ui.field.pending.${isDiffering(item) ? 'keepAsNewLabel' : 'retryLabel'}`, {
                    label: item.label,
                  })}
                  onClick={() => void (isDiffering(item) ? keepAsNew(item) : retrySubmission(item.id))}
                >
                  {t(`ui.field.pending.${isDiffering(item) ? 'keepAsNew' : 'retry'}`)}
                </Button>
                <Button
                  size="small"
                  color="danger"
                  fill="none"
                  aria-label={t('ui.field.pending.discardLabel', { label: item.label })}
                  onClick={() => void confirmDiscard(item)}
                >
                  {t('ui.field.pending.discard')}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
