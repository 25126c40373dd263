/** 我的 → 平台连接 (admins): the tenant's DingTalk, Feishu and WeCom apps, each testable and switchable. */

import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import Button from 'antd-mobile/es/components/button';
import { AddOutline, LinkOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useConnections } from '../api';
import { ConnectionCard } from '../components/ConnectionCard';
import styles from '../components/connections.module.css';

export function ConnectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const connections = useConnections();
  const items = connections.data?.items ?? [];
  const add = () => void navigate('/me/connections/new');
  return (
    <main>
      <PageHeader
        title={t('ui.connections.title')}
        backFallback="/me"
        actions={
          <Button size="small" color="primary" shape="rounded" onClick={add}>
            <AddOutline aria-hidden="true" /> {t('ui.connections.addShort')}
          </Button>
        }
      />
      <PageState
        isLoading={connections.isPending}
        error={connections.data ? null : connections.error}
        onRetry={() => void connections.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <LinkOutline />,
          title: t('ui.connections.emptyTitle'),
          description: t('ui.connections.emptyBody'),
          action: { label: t('ui.connections.add'), onClick: add },
        }}
        skeletonRows={2}
      >
        <div className={styles.list}>
          {items.map((connection) => (
            <ConnectionCard key={connection.id} connection={connection} />
          ))}
        </div>
      </PageState>
    </main>
  );
}
