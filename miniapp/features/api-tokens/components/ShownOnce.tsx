/** The new token's secret, shown this once: selectable, with a copy button and the warning that it will not return. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SheetForm } from '@miniapp/components/SheetForm';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { copyText } from '@miniapp/features/platform/copy-text';
import type { CreatedApiToken } from '@shared/schemas/api-tokens';
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
    <SheetFrame isOpen={created !== null}>
      {created ? (
        <SheetForm
          title={t('ui.apiTokens.shownOnceTitle')}
          role="alertdialog"
          onSubmit={onDone}
          primary={{ label: t('ui.apiTokens.done') }}
          secondary={{ label: t('ui.apiTokens.copy'), onClick: () => void copy(created.token) }}
        >
          <p className={styles.warning} role="alert">
            {t('ui.apiTokens.shownOnceWarning')}
          </p>
          <code className={styles.secret} data-testid="api-token-secret">
            {created.token}
          </code>
        </SheetForm>
      ) : null}
    </SheetFrame>
  );
}
