/** What 免登 shows when it cannot finish: org not connected, a stale code, not inside the client, or a failure. */

import pageStyles from '@miniapp/components/page-state.module.css';
import { isApiError } from '@miniapp/lib/api-client';
import { isBridgeError } from '@miniapp/lib/platform/bridge-error';
import type { PlatformEntry } from '@miniapp/lib/platform/host';
import type { Platform } from '@shared/domain/platforms';
import Button from 'antd-mobile/es/components/button';
import { ExclamationCircleOutline, TeamOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import styles from '../pages/login.module.css';

interface ProblemProps {
  icon: ReactNode;
  title: string;
  body: string;
  children?: ReactNode;
  isError?: boolean;
}

function Problem({ icon, title, body, children, isError = true }: ProblemProps) {
  const iconClass = isError ? `${pageStyles.icon} ${pageStyles.iconError}` : pageStyles.icon;
  return (
    <div className={styles.center} role={isError ? 'alert' : undefined}>
      <div className={iconClass} aria-hidden="true">
        {icon}
      </div>
      <h2 id="sign-in-title" className={styles.centerTitle}>
        {title}
      </h2>
      <p className={styles.hint}>{body}</p>
      {children}
    </div>
  );
}

function RetryButton({ label, onRetry }: { label: string; onRetry: () => void }) {
  return (
    <div className={styles.actions}>
      <Button block color="primary" shape="rounded" onClick={onRetry}>
        {label}
      </Button>
    </div>
  );
}

interface SignInProblemProps {
  error: unknown;
  entry: PlatformEntry;
  onRetry: () => void;
}

export function SignInProblem({ error, entry, onRetry }: SignInProblemProps) {
  const { t } = useTranslation();
  const platform = t(`ui.platforms.${entry.platform}`);
  const text = (key: string) => t(`ui.platformSignIn.${key}`, { platform });

  if (isApiError(error, 'ORG_NOT_CONNECTED')) {
    return (
      <Problem
        icon={<TeamOutline />}
        title={text('notConnectedTitle')}
        body={text('notConnectedBody')}
        isError={false}
      >
        <ol className={styles.steps}>
          <li>{text('notConnectedStep1')}</li>
          <li>{text('notConnectedStep2')}</li>
        </ol>
        <p className={styles.detail}>{text('orgKey')}</p>
        <p className={styles.keyBox}>{entry.key}</p>
        <RetryButton label={text('checkAgain')} onRetry={onRetry} />
      </Problem>
    );
  }
  if (isApiError(error, 'PLATFORM_CODE_INVALID') || isBridgeError(error, 'state_mismatch')) {
    const key = isBridgeError(error) ? 'interrupted' : 'codeInvalid';
    return (
      <Problem icon={<ExclamationCircleOutline />} title={text(`${key}Title`)} body={text(`${key}Body`)}>
        <RetryButton label={text('signInAgain')} onRetry={onRetry} />
      </Problem>
    );
  }
  if (isBridgeError(error, 'not_in_host')) {
    return (
      <Problem
        icon={<ExclamationCircleOutline />}
        title={text('notInHostTitle')}
        body={text('notInHostBody')}
      >
        <RetryButton label={t('ui.common.retry')} onRetry={onRetry} />
        <a className={styles.textLink} href="/login?platform=browser">
          {text('otherWays')}
        </a>
      </Problem>
    );
  }
  const body = isApiError(error) ? error.message : text('failedBody');
  return (
    <Problem icon={<ExclamationCircleOutline />} title={text('failedTitle')} body={body}>
      {isBridgeError(error) ? <p className={styles.detail}>{error.message}</p> : null}
      <RetryButton label={t('ui.common.retry')} onRetry={onRetry} />
    </Problem>
  );
}

/** The page was opened without the org in its URL, and no earlier sign-in remembers one. */
export function MissingOrgKey({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const name = t(`ui.platforms.${platform}`);
  return (
    <Problem
      icon={<ExclamationCircleOutline />}
      title={t('ui.platformSignIn.missingKeyTitle')}
      body={t('ui.platformSignIn.missingKeyBody', { platform: name })}
    />
  );
}
