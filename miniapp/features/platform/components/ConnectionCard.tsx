/**
 * One connection: what it identifies, whether it works (last test, explained), the addresses to paste, what to set on
 * the platform's console, and its switches.
 */

import { showFailure, showSuccess } from '@miniapp/components/toast';
import { formatDateTime } from '@miniapp/lib/format';
import { homeUrlFor } from '@miniapp/lib/platform/host';
import type { Connection } from '@shared/schemas/platform';
import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import Tag from 'antd-mobile/es/components/tag';
import { CheckCircleFill, CloseCircleFill, RightOutline, TeamOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ConnectionAction, useConnectionAction } from '../api';
import { ConsoleSetup, egressIpOf } from './ConsoleSetup';
import { CopyField } from './CopyField';
import styles from './connections.module.css';

/** A failed test says what the platform refused and how to fix it; the platform's own code stays small, for support. */
function LastTest({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const { lastTest } = connection;
  if (!lastTest) return <p className={styles.testNone}>{t('ui.connections.neverTested')}</p>;
  const { problem } = lastTest;
  return (
    <div className={lastTest.ok ? styles.testOk : styles.testFailed} role="status">
      {lastTest.ok ? <CheckCircleFill aria-hidden="true" /> : <CloseCircleFill aria-hidden="true" />}
      <div>
        <p className={styles.testTitle}>
          {t(lastTest.ok ? 'ui.connections.testOk' : 'ui.connections.testFailed')}
          <span className={styles.testTime}>{formatDateTime(lastTest.at)}</span>
        </p>
        {problem ? (
          <>
            <p className={styles.testMessage}>
              {t(`ui.connections.problems.${problem.code}.${connection.platform}`, {
                ip: egressIpOf(connection) ?? t('ui.connections.setup.ipUnknown'),
                domain: connection.setup.trustedDomain,
                code: problem.platformCode ?? '',
              })}
            </p>
            {problem.platformCode ? (
              <p className={styles.testCode}>
                {t('ui.connections.platformCode', { code: problem.platformCode })}
              </p>
            ) : null}
          </>
        ) : lastTest.message ? (
          <p className={styles.testMessage}>{lastTest.message}</p>
        ) : null}
      </div>
    </div>
  );
}

export function ConnectionCard({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const action = useConnectionAction();
  const platform = t(`ui.platforms.${connection.platform}`);
  const titleId = `connection-${connection.id}`;
  const origin = new URL(connection.callbackUrl).origin;
  const homeUrl = homeUrlFor(origin, {
    platform: connection.platform,
    key: connection.externalKey,
    agentId: connection.agentId,
  });
  const facts: [string, string | null][] = [
    [t(`ui.connections.keyLabel.${connection.platform}`), connection.externalKey],
    [t('ui.connections.fields.clientId'), connection.clientId],
    [t('ui.connections.fields.agentId'), connection.agentId],
    [t('ui.connections.apiBase'), connection.baseUrl],
    [
      t('ui.connections.fields.events'),
      connection.events ? t(`ui.connections.choices.events.${connection.events}`) : null,
    ],
  ];

  async function run(kind: ConnectionAction): Promise<void> {
    if (kind === 'disable') {
      const isConfirmed = await Dialog.confirm({
        content: t('ui.connections.disableConfirm', { platform }),
        confirmText: t('ui.connections.disable'),
        cancelText: t('ui.common.cancel'),
      });
      if (!isConfirmed) return;
    }
    action.mutate(
      { id: connection.id, action: kind },
      {
        onSuccess: (saved) => {
          if (kind === 'test') {
            if (saved.lastTest?.ok) showSuccess(t('ui.connections.testOk'));
            else showFailure(t('ui.connections.testFailed'));
          } else
            showSuccess(
              t(kind === 'enable' ? 'ui.connections.enabledToast' : 'ui.connections.disabledToast'),
            );
        },
        onError: (error) => showFailure(error.message),
      },
    );
  }

  const isBusy = (kind: ConnectionAction) => action.isPending && action.variables?.action === kind;
  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <header className={styles.cardHead}>
        <h2 id={titleId} className={styles.cardTitle}>
          {platform}
        </h2>
        <Tag color={connection.enabled ? 'success' : 'default'} fill="outline" round>
          {t(connection.enabled ? 'ui.connections.enabled' : 'ui.connections.disabled')}
        </Tag>
      </header>
      <dl className={styles.facts}>
        {facts
          .filter((fact): fact is [string, string] => fact[1] !== null)
          .map(([label, value]) => (
            <div key={label} className={styles.fact}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <LastTest connection={connection} />
      {/* In Stream mode this server opens the connection: there is no callback address to paste. */}
      {connection.events === 'stream' ? null : (
        <CopyField
          label={t('ui.connections.callbackUrl')}
          value={connection.callbackUrl}
          hint={t(`ui.connections.callbackHint.${connection.platform}`)}
        />
      )}
      <CopyField
        label={t('ui.connections.homeUrl')}
        value={homeUrl}
        hint={t(`ui.connections.homeHint.${connection.platform}`)}
      />
      <ConsoleSetup connection={connection} />
      <div className={styles.cardActions}>
        <Button
          color="primary"
          fill="outline"
          shape="rounded"
          loading={isBusy('test')}
          disabled={action.isPending}
          onClick={() => void run('test')}
        >
          {t('ui.connections.test')}
        </Button>
        <Button
          color={connection.enabled ? 'danger' : 'primary'}
          fill="outline"
          shape="rounded"
          loading={isBusy('disable') || isBusy('enable')}
          disabled={action.isPending}
          onClick={() => void run(connection.enabled ? 'disable' : 'enable')}
        >
          {t(connection.enabled ? 'ui.connections.disable' : 'ui.connections.enable')}
        </Button>
      </div>
      <Link className={styles.cardLink} to={`/me/connections/${connection.id}/roles`}>
        <TeamOutline aria-hidden="true" />
        <span>{t('ui.connections.roles.link')}</span>
        <RightOutline aria-hidden="true" />
      </Link>
    </article>
  );
}
