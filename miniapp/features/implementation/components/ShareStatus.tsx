/** The owner shares a read-only status link with the customer: made on demand, then copied or opened. */
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { copyText } from '@miniapp/features/platform/copy-text';
import { isApiError } from '@miniapp/lib/api-client';
import { Button, Popup } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useShareLink } from '../api';
import { formatDay } from '../dates';
import styles from './evidence.module.css';

interface ShareStatusProps {
  projectId: string;
  isOpen: boolean;
  onClose: () => void;
}

export function ShareStatus({ projectId, isOpen, onClose }: ShareStatusProps) {
  const { t } = useTranslation();
  const share = useShareLink(projectId);
  const link = share.data;

  async function copy(url: string): Promise<void> {
    if (await copyText(url)) showSuccess(t('ui.implementation.share.copied'));
    else showFailure(t('ui.implementation.share.copyFailed'));
  }

  return (
    <Popup visible={isOpen} onMaskClick={onClose} onClose={onClose} bodyClassName={styles.sheet}>
      <div className={styles.form} role="dialog" aria-labelledby="share-title">
        <h2 id="share-title" className={styles.title}>
          {t('ui.implementation.share.title')}
        </h2>
        <p className={styles.hint}>{t('ui.implementation.share.explain')}</p>
        {link ? (
          <>
            <p className={styles.link}>{link.url}</p>
            <p className={styles.hint}>
              {t('ui.implementation.share.expires', { date: formatDay(link.expiresAt.slice(0, 10)) })}
            </p>
            <div className={styles.actions}>
              <Button shape="rounded" onClick={() => void copy(link.url)}>
                {t('ui.implementation.share.copy')}
              </Button>
              <a className={styles.openLink} href={link.url} target="_blank" rel="noreferrer">
                {t('ui.implementation.share.open')}
              </a>
            </div>
          </>
        ) : (
          <>
            {share.isError ? (
              <p className={styles.error} role="alert">
                {isApiError(share.error) ? share.error.message : t('errors.INTERNAL')}
              </p>
            ) : null}
            <Button
              block
              color="primary"
              shape="rounded"
              loading={share.isPending}
              onClick={() => share.mutate()}
            >
              {t('ui.implementation.share.create')}
            </Button>
          </>
        )}
      </div>
    </Popup>
  );
}
