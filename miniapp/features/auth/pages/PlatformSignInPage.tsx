/**
 * /sign-in: where DingTalk, Feishu and WeCom open the app, from the workbench or from a message link. Works out
 * the org, then 免登 lands on the screen the link names (`?next=`), or on 客户.
 */

import { hasSignedOut, rememberedEntry } from '@miniapp/lib/platform/entry-memory';
import { currentHost, forcedHost, isSameEntry, nextScreen, readEntry } from '@miniapp/lib/platform/host';
import { useToken } from '@miniapp/lib/session-token';
import type { Platform } from '@shared/domain/platforms';
import Button from 'antd-mobile/es/components/button';
import SpinLoading from 'antd-mobile/es/components/spin-loading';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { usePlatformSignIn } from '../api';
import { AuthFrame } from '../components/AuthFrame';
import { MissingOrgKey, SignInProblem } from '../components/SignInProblem';
import type { PlatformSignInRequest } from '../platform-sign-in';
import styles from './login.module.css';

export function PlatformSignInPage() {
  const { search } = useLocation();
  const token = useToken();
  // Read once: signing in rewrites the URL (WeCom's code) and the remembered org.
  const [remembered] = useState(rememberedEntry);
  const [wasSignedOut] = useState(hasSignedOut);
  const [landing] = useState(() => nextScreen(search) ?? '/home');
  const host = currentHost(search, navigator.userAgent);
  if (host === 'browser') return <Navigate to="/login" replace />;

  const entry = readEntry(host, search) ?? (remembered?.platform === host ? remembered : null);
  // Already signed in through this org (or nothing to switch to): straight in, no new code.
  if (token && (entry === null || isSameEntry(entry, remembered))) return <Navigate to={landing} replace />;
  if (entry === null) {
    return (
      <AuthFrame labelledBy="sign-in-title">
        <MissingOrgKey platform={host} />
      </AuthFrame>
    );
  }
  const request = { entry, isForced: forcedHost(search) === host, search };
  return (
    <AuthFrame labelledBy="sign-in-title">
      <SignInFlow request={request} waitForTap={wasSignedOut} landing={landing} />
    </AuthFrame>
  );
}

function SignInFlow({
  request,
  waitForTap,
  landing,
}: {
  request: PlatformSignInRequest;
  waitForTap: boolean;
  landing: string;
}) {
  const [attempt, setAttempt] = useState(0);
  const [hasStarted, setHasStarted] = useState(!waitForTap);
  const signIn = usePlatformSignIn(request, attempt, hasStarted);
  const platform = request.entry.platform;

  if (!hasStarted) return <SignedOut platform={platform} onSignIn={() => setHasStarted(true)} />;
  if (signIn.isSuccess) return <Navigate to={landing} replace />;
  if (signIn.isError) {
    return (
      <SignInProblem
        error={signIn.error}
        entry={request.entry}
        onRetry={() => setAttempt((count) => count + 1)}
      />
    );
  }
  return <SigningIn platform={platform} />;
}

function SigningIn({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const name = t(`ui.platforms.${platform}`);
  return (
    <div className={styles.center} role="status" aria-live="polite">
      <SpinLoading color="primary" style={{ '--size': '40px' }} aria-hidden="true" />
      <h2 id="sign-in-title" className={styles.centerTitle}>
        {t('ui.platformSignIn.signingIn', { platform: name })}
      </h2>
      <p className={styles.hint}>{t('ui.platformSignIn.signingInBody', { platform: name })}</p>
    </div>
  );
}

function SignedOut({ platform, onSignIn }: { platform: Platform; onSignIn: () => void }) {
  const { t } = useTranslation();
  const name = t(`ui.platforms.${platform}`);
  return (
    <div className={styles.center}>
      <h2 id="sign-in-title" className={styles.centerTitle}>
        {t('ui.platformSignIn.signedOutTitle')}
      </h2>
      <p className={styles.hint}>{t('ui.platformSignIn.signedOutBody', { platform: name })}</p>
      <div className={styles.actions}>
        <Button block color="primary" shape="rounded" onClick={onSignIn}>
          {t('ui.platformSignIn.signInAs', { platform: name })}
        </Button>
      </div>
    </div>
  );
}
