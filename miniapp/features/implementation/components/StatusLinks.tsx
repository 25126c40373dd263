/** The status links already given to the customer, for the project's owner and admins: who made each, and a revoke. */

import { confirmDialog } from '@miniapp/components/confirm';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { useRevokeStatusLink, useStatusLinks } from '../api';
import { formatDay } from '../dates';
import type { Project, StatusLink } from '../types';
import styles from './implementation.module.css';

export function StatusLinks({ project }: { project: Project }) {
  const { t } = useTranslation();
  const canManage = project.can.manageLinks;
  const links = useStatusLinks(project.id, { enabled: canManage });
  const revoke = useRevokeStatusLink(project.id);
  if (!canManage || links.isPending || links.data?.items.length === 0) return null;

  async function confirmRevoke(link: StatusLink): Promise<void> {
    const isConfirmed = await confirmDialog({
      content: t('ui.implementation.statusLinks.revokeConfirm'),
      confirmText: t('ui.implementation.statusLinks.revoke'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    revoke.mutate(link.id, {
      onSuccess: () => showSuccess(t('ui.implementation.statusLinks.revoked')),
      onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
    });
  }

  return (
    <section className={styles.card} aria-labelledby="project-status-links">
      <h2 id="project-status-links" className={styles.cardTitle}>
        {t('ui.implementation.statusLinks.title')}
      </h2>
      <p className={styles.cardHint}>{t('ui.implementation.statusLinks.hint')}</p>
      {links.isError ? (
        <p className={styles.cardHint} role="alert">
          {t('ui.implementation.statusLinks.loadFailed')}{' '}
          <Button size="mini" fill="none" color="primary" onClick={() => void links.refetch()}>
            {t('ui.common.retry')}
          </Button>
        </p>
      ) : (
        <ul className={styles.goals}>
          {links.data.items.map((link) => (
            <li key={link.id} className={styles.goal}>
              <span className={styles.goalMetric}>
                {t('ui.implementation.statusLinks.madeBy', {
                  name: link.createdBy.name,
                  date: formatDay(link.createdAt.slice(0, 10)),
                })}
              </span>
              <span className={styles.goalFigures}>
                {t(`ui.implementation.statusLinks.state.${link.state}`, {
                  date: formatDay(link.expiresAt.slice(0, 10)),
                })}
                {link.state === 'active' ? (
                  <Button
                    size="mini"
                    color="danger"
                    fill="outline"
                    shape="rounded"
                    loading={revoke.isPending && revoke.variables === link.id}
                    onClick={() => void confirmRevoke(link)}
                  >
                    {t('ui.implementation.statusLinks.revoke')}
                  </Button>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
