/** 我的 → 成员管理 (admins): everyone by name and status, with role, department and platform identities. */

import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import cards from '@miniapp/components/card-list.module.css';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { useConnections } from '@miniapp/features/platform/api';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import type { MemberQuery } from '@shared/schemas/users';
import SearchBar from 'antd-mobile/es/components/search-bar';
import { TeamOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../api';
import { MemberCard } from '../components/MemberCard';
import styles from '../components/members.module.css';

type Status = MemberQuery['status'];
const statuses: Status[] = ['all', 'active', 'deactivated'];

export function MembersPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<Status>('all');
  const q = useDebouncedValue(search.trim());
  const members = useMembers({ q, status });
  const connections = useConnections();
  const items = members.data?.items ?? [];
  // Which organisation's app an identity came through: DingTalk/WeCom corpId or Feishu appId.
  const keyOf = new Map(connections.data?.items.map((connection) => [connection.id, connection.externalKey]));
  return (
    <main className={cards.page}>
      <PageHeader title={t('ui.members.title')} backFallback="/me" />
      <div className={styles.filters}>
        <SearchBar
          placeholder={t('ui.members.search')}
          value={search}
          onChange={setSearch}
          aria-label={t('ui.members.search')}
        />
        <SingleChoiceChips
          label={t('ui.members.statusLabel')}
          options={statuses.map((value) => ({ value, label: t(`ui.members.status.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(value ?? 'all')}
        />
      </div>
      <PageState
        isLoading={members.isPending}
        error={members.data ? null : members.error}
        onRetry={() => void members.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <TeamOutline />,
          title: t('ui.members.emptyTitle'),
          description: t('ui.members.emptyBody'),
        }}
        skeletonRows={3}
      >
        <ul className={cards.list} aria-label={t('ui.members.title')}>
          {items.map((member) => (
            <MemberCard key={member.id} member={member} connectionKeys={keyOf} />
          ))}
        </ul>
      </PageState>
    </main>
  );
}
