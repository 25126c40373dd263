/** /sign-in/link#token=…: the one-time link `npm run admin` prints; the token is used once and leaves the URL at once. */

import { StateMessage } from '@miniapp/components/StateMessage';
import { isApiError } from '@miniapp/lib/api-client';
import SpinLoading from 'antd-mobile/es/components/spin-loading';
import { ExclamationCircleOutline } from 'antd-mobile-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useLinkSignIn } from '../api';
import { AuthFrame } from '../components/AuthFrame';
import styles from './login.module.css';

/** The token travels in the fragment, which never reaches a server log; read it once per page. */
function tokenFromHash(): string | null {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  return token && token.length >= 20 ? token : null;
}

export function LinkSignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const signIn = useLinkSignIn(token);

  // Out of the address bar and history: the link must not be replayable from this device.
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);

  if (signIn.isSuccess) {
    // A new tenant's first admin has one job first: connecting the platform its people use.
    const next = signIn.data.user.role === 'admin' ? '/me/connections' : '/home';
    return <Navigate to={next} replace />;
  }
  const isInvalid = token === null || isApiError(signIn.error, 'SESSION_INVALID');
  const failure = isApiError(signIn.error) ? signIn.error.message : t('errors.INTERNAL');
  return (
    <AuthFrame labelledBy="link-title">
      {isInvalid || signIn.isError ? (
        <StateMessage
          tone="error"
          role="alert"
          icon={<ExclamationCircleOutline />}
          titleId="link-title"
          title={t(isInvalid ? 'ui.linkSignIn.invalidTitle' : 'ui.linkSignIn.failedTitle')}
          description={isInvalid ? t('ui.linkSignIn.invalidBody') : failure}
          action={
            isInvalid
              ? {
                  label: t('ui.linkSignIn.toLogin'),
                  onClick: () => void navigate('/login', { replace: true }),
                }
              : { label: t('ui.common.retry'), onClick: () => void signIn.refetch() }
          }
        />
      ) : (
        <div className={styles.center} role="status" aria-live="polite">
          <SpinLoading color="primary" style={{ '--size': '40px' }} aria-hidden="true" />
          <h2 id="link-title" className={styles.centerTitle}>
            {t('ui.linkSignIn.signingIn')}
          </h2>
        </div>
      )}
    </AuthFrame>
  );
}
