/** A new secret (an API token, a webhook's signing key), shown this once: selectable, a copy button, and the warning that it will not return. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SheetForm } from '@miniapp/components/SheetForm';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { copyText } from '@miniapp/lib/copy-text';
import styles from './secret-shown-once.module.css';

export interface SecretShownOnceText {
  title: string;
  warning: string;
  done: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

interface SecretShownOnceProps {
  secret: string | null;
  text: SecretShownOnceText;
  testId: string;
  onDone: () => void;
}

/** Not dismissed by tapping the mask: closing loses the secret for good, so only "I have saved it" closes. */
export function SecretShownOnce({ secret, text, testId, onDone }: SecretShownOnceProps) {
  async function copy(value: string): Promise<void> {
    if (await copyText(value)) showSuccess(text.copied);
    else showFailure(text.copyFailed);
  }

  return (
    <SheetFrame isOpen={secret !== null}>
      {secret !== null ? (
        <SheetForm
          title={text.title}
          role="alertdialog"
          onSubmit={onDone}
          primary={{ label: text.done }}
          secondary={{ label: text.copy, onClick: () => void copy(secret) }}
        >
          <p className={styles.warning} role="alert">
            {text.warning}
          </p>
          <code className={styles.secret} data-testid={testId}>
            {secret}
          </code>
        </SheetForm>
      ) : null}
    </SheetFrame>
  );
}
