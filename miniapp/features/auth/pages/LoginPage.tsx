/** Demo sign-in for development and trials: pick a company, then a person, and you are in. */

import { LanguageToggle } from '@miniapp/components/LanguageToggle';
import { PageState } from '@miniapp/components/PageState';
import { StateMessage } from '@miniapp/components/StateMessage';
import { isApiError } from '@miniapp/lib/api-client';
import { useToken } from '@miniapp/lib/session-token';
import type { DemoDirectory } from '@shared/schemas/auth';
import { LockOutline, TeamOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useDemoDirectory, useDemoLogin } from '../api';
import { DemoUserList } from '../components/DemoUserList';
import styles from './login.module.css';

type DemoTenant = DemoDirectory['tenants'][number];

export function LoginPage() {
  const { t } = useTranslation();
  const token = useToken();
  const directory = useDemoDirectory();
  if (token) return <Navigate to="/customers" replace />;

  const isDisabled = isApiError(directory.error, 'DEMO_LOGIN_DISABLED');
  return (
    <main className={styles.page}>
      <Brand />
      <section className={styles.card} aria-labelledby="login-title">
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
      </section>
    </main>
  );
}

function Brand() {
  const { t } = useTranslation();
  return (
    <>
      <div className={styles.top}>
        <LanguageToggle />
      </div>
      <header className={styles.brand}>
        <span className={styles.logo} aria-hidden="true">
          F
        </span>
        <div>
          <h1 className={styles.productName}>Fieldloop</h1>
          <p className={styles.tagline}>{t('ui.auth.tagline')}</p>
        </div>
      </header>
    </>
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
        onSuccess: () => void navigate('/customers', { replace: true }),
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
