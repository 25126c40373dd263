/** A newer template version exists: the owner sees what it would add, change or remove, and pulls it (done work stays). */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SheetForm } from '@miniapp/components/SheetForm';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import Button from 'antd-mobile/es/components/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpgradePreview, useUpgradeProject } from '../api';
import type { Project, ProjectUpgradeImpact } from '../types';
import evidenceStyles from './evidence.module.css';
import styles from './implementation.module.css';

export function UpgradeBanner({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const preview = useUpgradePreview(project.id, isOpen);
  const upgrade = useUpgradeProject(project.id);
  if (project.upgradeAvailable === null || !project.can.upgrade) return null;

  function pull(): void {
    upgrade.mutate(undefined, {
      onSuccess: () => {
        setOpen(false);
        showSuccess(t('ui.implementation.upgrade.done'));
      },
      onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
    });
  }

  return (
    <section className={`${styles.card} ${styles.banner}`} aria-label={t('ui.implementation.upgrade.title')}>
      <p className={styles.bannerText}>
        {t('ui.implementation.upgrade.available', {
          from: project.templateVersion,
          to: project.upgradeAvailable,
        })}
      </p>
      <Button size="small" color="primary" fill="outline" shape="rounded" onClick={() => setOpen(true)}>
        {t('ui.implementation.upgrade.review')}
      </Button>
      <SheetFrame isOpen={isOpen} onClose={() => setOpen(false)}>
        <SheetForm
          role="dialog"
          title={t('ui.implementation.upgrade.title')}
          onSubmit={pull}
          primary={{ label: t('ui.implementation.upgrade.pull', { to: project.upgradeAvailable }) }}
          secondary={{ label: t('ui.common.cancel'), onClick: () => setOpen(false) }}
          isBusy={upgrade.isPending}
        >
          <p className={evidenceStyles.hint}>{t('ui.implementation.upgrade.explain')}</p>
          {preview.isPending ? <p className={evidenceStyles.hint}>{t('ui.common.loading')}</p> : null}
          {preview.data?.impact ? <ImpactLists impact={preview.data.impact} /> : null}
        </SheetForm>
      </SheetFrame>
    </section>
  );
}

function ImpactLists({ impact }: { impact: ProjectUpgradeImpact }) {
  const { t } = useTranslation();
  const groups = [
    ['added', impact.added],
    ['changed', impact.changed],
    ['removed', impact.removed],
  ] as const;
  return (
    <>
      {groups.map(([kind, changes]) =>
        changes.length > 0 ? (
          <section key={kind} aria-label={t(`ui.implementation.upgrade.${kind}`)}>
            <h3 className={styles.impactTitle}>
              {t(`ui.implementation.upgrade.${kind}`)} · {changes.length}
            </h3>
            <ul className={styles.impactList}>
              {changes.map((change) => (
                <li key={change.taskId}>
                  {change.phaseName} · {change.title}
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </>
  );
}
