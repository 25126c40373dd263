/** An address the admin pastes into a platform console: shown in full, selectable, with a labelled copy button. */

import { showFailure, showSuccess } from '@miniapp/components/toast';
import { copyText } from '@miniapp/lib/copy-text';
import { FileOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import styles from './connections.module.css';

interface CopyFieldProps {
  label: string;
  value: string;
  hint: string;
}

export function CopyField({ label, value, hint }: CopyFieldProps) {
  const { t } = useTranslation();

  async function copy(): Promise<void> {
    if (await copyText(value)) showSuccess(t('ui.connections.copied'));
    else showFailure(t('ui.connections.copyFailed'));
  }

  return (
    <div className={styles.copyField}>
      <div className={styles.copyHead}>
        <span className={styles.copyLabel}>{label}</span>
        <button
          type="button"
          className={styles.copyButton}
          aria-label={t('ui.connections.copy', { label })}
          onClick={() => void copy()}
        >
          <FileOutline aria-hidden="true" />
          <span>{t('ui.connections.copyShort')}</span>
        </button>
      </div>
      <code className={styles.copyValue}>{value}</code>
      <p className={styles.copyHint}>{hint}</p>
    </div>
  );
}
