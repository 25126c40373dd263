/** The new token's secret, shown this once: selectable, with a copy button and the warning that it will not return. */

import { bottomSheetStyles } from '@miniapp/components/BottomSheet';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { copyText } from '@miniapp/features/platform/copy-text';
import type { CreatedApiToken } from '@shared/schemas/api-tokens';
import { Button, Popup } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import styles from './api-tokens.module.css';

interface ShownOnceProps {
  created: CreatedApiToken | null;
  onDone: () => void;
}

/** Not dismissed by tapping the mask: closing loses the secret for good, so only "I have saved it" closes. */
export function ShownOnce({ created, onDone }: ShownOnceProps) {
  const { t } = useTranslation();

  async function copy(secret: string): Promise<void> {
    if (await copyText(secret)) showSuccess(t('ui.apiTokens.copied'));
    else showFailure(t('ui.apiTokens.copyFailed'));
  }

  return (
    <Popup visible={created !== null} destroyOnClose bodyClassName={bottomSheetStyles.sheet}>
      {created ? (
        <div className={bottomSheetStyles.body} role="dialog" aria-label={t('ui.apiTokens.shownOnceTitle')}>
          <h2 className={bottomSheetStyles.title}>{t('ui.apiTokens.shownOnceTitle')}</h2>
          <p className={styles.warning} role="alert">
            {t('ui.apiTokens.shownOnceWarning')}
          </p>
          <code className={styles.secret} data-testid="api-token-secret">
            {created.token}
          </code>
          <div className={styles.buttons}>
            <Button block color="primary" shape="rounded" onClick={() => void copy(created.token)}>
              {t('ui.apiTokens.copy')}
            </Button>
            <Button block shape="rounded" onClick={onDone}>
              {t('ui.apiTokens.done')}
            </Button>
          </div>
        </div>
      ) : null}
    </Popup>
  );
}
