/** The new hook's signing secret, shown this once: selectable, with a copy button and the warning that it will not return. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SheetForm } from '@miniapp/components/SheetForm';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { copyText } from '@miniapp/features/platform/copy-text';
import type { CreatedWebhook } from '@shared/schemas/webhooks';
import { useTranslation } from 'react-i18next';
import styles from './webhooks.module.css';

interface ShownOnceProps {
  created: CreatedWebhook | null;
  onDone: () => void;
}

/** Not dismissed by tapping the mask: closing loses the secret for good, so only "I have saved it" closes. */
export function ShownOnce({ created, onDone }: ShownOnceProps) {
  const { t } = useTranslation();

  async function copy(secret: string): Promise<void> {
    if (await copyText(secret)) showSuccess(t('ui.webhooks.copied'));
    else showFailure(t('ui.webhooks.copyFailed'));
  }

  return (
    <SheetFrame isOpen={created !== null}>
      {created ? (
        <SheetForm
          title={t('ui.webhooks.shownOnceTitle')}
          role="alertdialog"
          onSubmit={onDone}
          primary={{ label: t('ui.webhooks.done') }}
          secondary={{ label: t('ui.webhooks.copy'), onClick: () => void copy(created.secret) }}
        >
          <p className={styles.warning} role="alert">
            {t('ui.webhooks.shownOnceWarning')}
          </p>
          <code className={styles.secret} data-testid="webhook-secret">
            {created.secret}
          </code>
        </SheetForm>
      ) : null}
    </SheetFrame>
  );
}
