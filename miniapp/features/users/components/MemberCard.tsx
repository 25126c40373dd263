/** One member: name, role and where it came from, department, platform identities; change the role or deactivate. */

import { BottomSheet } from '@miniapp/components/BottomSheet';
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import cards from '@miniapp/components/card-list.module.css';
import { Tag } from '@miniapp/components/Tag';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { type Role, roles } from '@shared/domain/roles';
import type { Member } from '@shared/schemas/users';
import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateMember } from '../api';
import styles from './members.module.css';

interface MemberCardProps {
  member: Member;
  /** Connection id → DingTalk/WeCom corpId or Feishu appId, to tell two organisations of a platform apart. */
  connectionKeys: ReadonlyMap<string, string>;
}

export function MemberCard({ member, connectionKeys }: MemberCardProps) {
  const { t } = useTranslation();
  const update = useUpdateMember();
  const [isChoosingRole, setChoosingRole] = useState(false);
  const isBusy = update.isPending;

  function changeRole(role: Role | undefined): void {
    if (!role || role === member.role) return;
    update.mutate(
      { id: member.id, change: { role } },
      {
        onSuccess: () => {
          setChoosingRole(false);
          showSuccess(t('ui.members.roleChanged', { name: member.name, role: t(`enums.role.${role}`) }));
        },
        onError: (error) => showFailure(error.message),
      },
    );
  }

  async function toggleActive(): Promise<void> {
    if (member.active) {
      const isConfirmed = await Dialog.confirm({
        content: t('ui.members.deactivateConfirm', { name: member.name }),
        confirmText: t('ui.members.deactivate'),
        cancelText: t('ui.common.cancel'),
      });
      if (!isConfirmed) return;
    }
    update.mutate(
      { id: member.id, change: { active: !member.active } },
      {
        onSuccess: () =>
          showSuccess(
            t(member.active ? 'ui.members.deactivatedToast' : 'ui.members.reactivatedToast', {
              name: member.name,
            }),
          ),
        onError: (error) => showFailure(error.message),
      },
    );
  }

  return (
    <li className={member.active ? cards.card : `${cards.card} ${cards.muted}`}>
      <div className={cards.head}>
        <p className={cards.name}>
          {member.name}
          {member.can.update ? null : <span className={styles.you}>{t('ui.members.you')}</span>}
        </p>
        {member.active ? null : <Tag tone="warn">{t('ui.members.deactivated')}</Tag>}
      </div>
      <p className={styles.role}>
        <strong>{t(`enums.role.${member.role}`)}</strong>
        <span className={styles.source}>{t(`ui.members.roleSource.${member.roleSource}`)}</span>
      </p>
      <p className={styles.detail}>{member.department ?? t('ui.members.noDepartment')}</p>
      <ul className={styles.identities}>
        {member.identities.length === 0 ? (
          <li className={styles.detail}>{t('ui.members.noIdentity')}</li>
        ) : (
          member.identities.map((identity) => (
            <li key={`${identity.connectionId}:${identity.externalId}`} className={styles.identity}>
              <span className={styles.platform}>{t(`ui.platforms.${identity.platform}`)}</span>
              <span className={styles.key}>{connectionKeys.get(identity.connectionId)}</span>
              <span className={styles.key}>{identity.externalId}</span>
            </li>
          ))
        )}
      </ul>
      {member.can.update ? (
        <div className={styles.actions}>
          <Button
            size="small"
            shape="rounded"
            color="primary"
            fill="outline"
            disabled={!member.active || isBusy}
            onClick={() => setChoosingRole(true)}
            aria-label={`${t('ui.members.changeRole')} ${member.name}`}
          >
            {t('ui.members.changeRole')}
          </Button>
          <Button
            size="small"
            shape="rounded"
            color={member.active ? 'danger' : 'success'}
            fill="outline"
            disabled={isBusy}
            onClick={() => void toggleActive()}
            aria-label={`${t(member.active ? 'ui.members.deactivate' : 'ui.members.reactivate')} ${member.name}`}
          >
            {t(member.active ? 'ui.members.deactivate' : 'ui.members.reactivate')}
          </Button>
        </div>
      ) : null}
      <BottomSheet
        isOpen={isChoosingRole}
        title={t('ui.members.changeRoleTitle', { name: member.name })}
        onClose={() => setChoosingRole(false)}
      >
        <section aria-label={t('ui.members.changeRoleTitle', { name: member.name })}>
          <p className={styles.note}>{t('ui.members.roleNote')}</p>
          <SingleChoiceChips
            label={t('ui.members.changeRole')}
            options={roles.map((value) => ({ value, label: t(`enums.role.${value}`) }))}
            value={member.role}
            onChange={changeRole}
          />
        </section>
      </BottomSheet>
    </li>
  );
}
