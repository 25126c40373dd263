/** The connection's mappings, one row each (部门/成员, its name, the role), each deletable after a confirmation. */

import { showFailure, showSuccess } from '@miniapp/components/toast';
import type { RoleMapping } from '@shared/schemas/platform';
import Dialog from 'antd-mobile/es/components/dialog';
import { useTranslation } from 'react-i18next';
import { useRemoveRoleMapping } from '../api';
import styles from './roles.module.css';

interface RoleMappingListProps {
  connectionId: string;
  items: RoleMapping[];
}

export function RoleMappingList({ connectionId, items }: RoleMappingListProps) {
  const { t } = useTranslation();
  const remove = useRemoveRoleMapping(connectionId);

  async function confirmRemove(mapping: RoleMapping): Promise<void> {
    const names = {
      subject: t(`ui.connections.roles.subject.${mapping.subject}`),
      name: mapping.name ?? mapping.externalId,
      role: t(`enums.role.${mapping.role}`),
    };
    const isConfirmed = await Dialog.confirm({
      content: t('ui.connections.roles.removeConfirm', names),
      confirmText: t('ui.connections.roles.remove'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    remove.mutate(mapping.id, {
      onSuccess: () => showSuccess(t('ui.connections.roles.removed')),
      onError: (error) => showFailure(error.message),
    });
  }

  return (
    <section className={styles.section} aria-labelledby="role-mappings-title">
      <h2 id="role-mappings-title" className={styles.sectionTitle}>
        {t('ui.connections.roles.listTitle')}
      </h2>
      <ul className={styles.list}>
        {items.map((mapping) => {
          const subject = t(`ui.connections.roles.subject.${mapping.subject}`);
          return (
            <li key={mapping.id} className={styles.item}>
              <div className={styles.what}>
                <span className={styles.subject}>{subject}</span>
                <span className={styles.mappedName}>{mapping.name ?? t('ui.connections.roles.unnamed')}</span>
                {mapping.name ? null : <span className={styles.externalId}>{mapping.externalId}</span>}
                <p className={styles.role}>{t(`enums.role.${mapping.role}`)}</p>
              </div>
              <button
                type="button"
                className={styles.remove}
                aria-label={t('ui.connections.roles.removeLabel', {
                  subject,
                  name: mapping.name ?? mapping.externalId,
                })}
                disabled={remove.isPending && remove.variables === mapping.id}
                onClick={() => void confirmRemove(mapping)}
              >
                {t('ui.connections.roles.remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
