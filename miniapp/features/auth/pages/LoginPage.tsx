/** Outside any platform: demo sign-in (pick a company, then a person) and, on a demo server, the emulated platforms. */

import { PageState } from '@miniapp/components/PageState';
import { StateMessage } from '@miniapp/components/StateMessage';
import { isApiError } from '@miniapp/lib/api-client';
import { rememberedEntry } from '@miniapp/lib/platform/entry-memory';
import { currentHost, nextScreen, readEntry } from '@miniapp/lib/platform/host';
import { useToken } from '@miniapp/lib/session-token';
import type { DemoDirectory } from '@shared/schemas/auth';
import { LockOutline, TeamOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useDemoDirectory, useDemoLogin } from '../api';
import { AuthFrame } from '../components/AuthFrame';
import { DemoUserList } from '../components/DemoUserList';
import { EmulatedPlatforms } from '../components/EmulatedPlatforms';
import styles from './login.module.css';

type DemoTenant = DemoDirectory['tenants'][number];

/**
 * Inside DingTalk, Feishu or WeCom, once the org is known (from the URL, or remembered from an earlier sign-in
 * whose session has since ended), there is nothing to pick: 免登 knows who you are. Without an org, this page
 * still offers what it can (the demo login, or how to open the app from the workbench).
 */
function knowsPlatformOrg(search: string): boolean {
  const host = currentHost(search, navigator.userAgent);
  if (host === 'browser') return false;
  return readEntry(host, search) !== null || rememberedEntry()?.platform === host;
}

export function LoginPage() {
  const { t } = useTranslation();
  const token = useToken();
  const { search } = useLocation();
  const directory = useDemoDirectory();
  if (token) return <Navigate to={nextScreen(search) ?? '/home'} replace />;
  if (knowsPlatformOrg(search)) return <Navigate to={`/sign-in${search}`} replace />;

  const isDisabled = isApiError(directory.error, 'DEMO_LOGIN_DISABLED');
  return (
    <AuthFrame labelledBy="login-title" after={<EmulatedPlatforms />}>
      {isDisabled ? (
        <StateMessage
          icon={<LockOutline />}
          titleId="login-title"
          title={t('ui.auth.disabledTitle')}
          description={t('ui.auth.disabledBody')}
        />
      ) : (
        <>
          <h2 id="login-title" className={styles.cardTitle}>
            {t('ui.auth.title')}
          </h2>
          <p className={styles.hint}>{t('ui.auth.hint')}</p>
          <PageState
            isLoading={directory.isPending}
            error={directory.data ? null : directory.error}
            onRetry={() => void directory.refetch()}
            isEmpty={directory.data?.tenants.length === 0}
            empty={{
              icon: <TeamOutline />,
              title: t('ui.auth.noTenants'),
              description: t('ui.auth.noTenantsBody'),
            }}
            skeletonRows={2}
          >
            <DemoPicker tenants={directory.data?.tenants ?? []} />
          </PageState>
        </>
      )}
    </AuthFrame>
  );
}

function DemoPicker({ tenants }: { tenants: DemoTenant[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const login = useDemoLogin();
  const [tenantId, setTenantId] = useState(tenants.length === 1 ? tenants[0]?.id : undefined);
  const tenant = tenants.find((candidate) => candidate.id === tenantId);

  function signInAs(userId: string): void {
    if (!tenant) return;
    login.mutate(
      { tenantId: tenant.id, userId },
      {
        onSuccess: () => void navigate('/home', { replace: true }),
        // The toast module is loaded only when needed, keeping the first screen light.
        onError: (error) =>
          void import('@miniapp/components/toast').then((toast) => toast.showFailure(error.message)),
      },
    );
  }

  return (
    <>
      <h3 className={styles.stepLabel}>{t('ui.auth.chooseTenant')}</h3>
      <div className={styles.tenants}>
        {tenants.map((candidate) => (
          <button
            key={candidate.id}
            type="button"
            className={styles.tenant}
            aria-pressed={candidate.id === tenantId}
            onClick={() => setTenantId(candidate.id)}
          >
            {candidate.name}
          </button>
        ))}
      </div>
      <h3 className={styles.stepLabel}>{t('ui.auth.chooseUser')}</h3>
      {tenant ? (
        <DemoUserList users={tenant.users} isBusy={login.isPending} onPick={signInAs} />
      ) : (
        <p className={styles.hint}>{t('ui.auth.chooseTenantFirst')}</p>
      )}
    </>
  );
}
