/** 平台连接 → 角色映射: which Fieldloop role a connection's people get at sign-in, by platform department or member. */

import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import type { Role } from '@shared/domain/roles';
import { TeamOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useConnections, useRoleMappings } from '../api';
import { RoleMappingForm } from '../components/RoleMappingForm';
import { RoleMappingList } from '../components/RoleMappingList';
import styles from '../components/roles.module.css';

/** The order the server resolves departments in; `sales` is also what nobody-mapped gets. */
const strongestFirst: Role[] = ['admin', 'manager', 'pm', 'implementer', 'sales'];

export function RoleMappingsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const connections = useConnections();
  const mappings = useRoleMappings(id);
  const connection = connections.data?.items.find((item) => item.id === id);
  const items = mappings.data?.items ?? [];
  const fallback = t('enums.role.sales');
  const order = strongestFirst.map((role) => t(`enums.role.${role}`)).join(' > ');
  return (
    <main>
      <PageHeader title={t('ui.connections.roles.title')} backFallback="/me/connections" />
      {connection ? (
        <p className={styles.context}>
          {t(`ui.platforms.${connection.platform}`)} · {connection.externalKey}
        </p>
      ) : null}
      <p className={styles.rule}>{t('ui.connections.roles.rule', { order, fallback })}</p>
      <PageState
        isLoading={mappings.isPending}
        error={mappings.data ? null : mappings.error}
        onRetry={() => void mappings.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <TeamOutline />,
          title: t('ui.connections.roles.emptyTitle'),
          description: t('ui.connections.roles.emptyBody', { fallback }),
        }}
        skeletonRows={2}
      >
        <RoleMappingList connectionId={id} items={items} />
      </PageState>
      {mappings.data && connection ? (
        <RoleMappingForm connectionId={id} platform={connection.platform} />
      ) : null}
    </main>
  );
}
