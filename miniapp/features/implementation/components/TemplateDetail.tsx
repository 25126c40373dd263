/** One template opened: its versions, its phases and tasks, and for editors publishing with the impact it has. */
import { showFailure } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { usePublishTemplate, useTemplateVersions } from '../api';
import type { ProjectUpgradeImpact, Template } from '../types';
import styles from './templates.module.css';

export function TemplateDetail({ template }: { template: Template }) {
  const { t } = useTranslation();
  const versions = useTemplateVersions(template.id);
  const publish = usePublishTemplate(template.id);
  const isDraft = template.status === 'draft';
  return (
    <div className={styles.detail}>
      <p className={styles.meta}>
        {t(`ui.implementation.templates.status.${template.status}`)}
        {template.description ? ` · ${template.description}` : ''}
      </p>
      {versions.data ? (
        <ul className={styles.versions} aria-label={t('ui.implementation.templates.versions')}>
          {versions.data.map((version) => (
            <li key={version.version}>
              {t('ui.implementation.templates.versionLine', {
                version: version.version,
                status: t(`ui.implementation.templates.status.${version.status}`),
                count: version.projectCount,
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <ol className={styles.phases}>
        {template.phases.map((phase) => (
          <li key={phase.id}>
            <span className={styles.phaseName}>
              {phase.name} · {t('ui.implementation.templates.days', { count: phase.durationDays })}
            </span>
            <ul className={styles.tasks}>
              {phase.tasks.map((task) => (
                <li key={task.id}>
                  {task.title}
                  {task.evidence !== 'none' ? (
                    <span className={styles.evidence}>
                      {' '}
                      · {t(`ui.implementation.evidenceKind.${task.evidence}`)}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {template.can.publish && isDraft ? (
        <Button
          color="primary"
          shape="rounded"
          loading={publish.isPending}
          onClick={() =>
            publish.mutate(undefined, {
              onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
            })
          }
        >
          {t('ui.implementation.templates.publish')}
        </Button>
      ) : null}
      {publish.data ? (
        <PublishImpact impact={publish.data.impact} title={t('ui.implementation.templates.impact')} />
      ) : null}
    </div>
  );
}

function PublishImpact({ impact, title }: { impact: ProjectUpgradeImpact[]; title: string }) {
  const { t } = useTranslation();
  if (impact.length === 0) return <p className={styles.meta}>{t('ui.implementation.templates.noImpact')}</p>;
  return (
    <section aria-label={title}>
      <h3 className={styles.phaseName}>{title}</h3>
      <ul className={styles.impact}>
        {impact.map((project) => (
          <li key={project.projectId}>
            <span className={styles.phaseName}>{project.customerName}</span>
            <span className={styles.meta}>
              {t('ui.implementation.templates.impactLine', {
                from: project.fromVersion,
                to: project.toVersion,
                added: project.added.length,
                changed: project.changed.length,
                removed: project.removed.length,
              })}
            </span>
            {[...project.added, ...project.changed, ...project.removed].map((change) => (
              <span key={change.taskId} className={styles.meta}>
                {change.phaseName} · {change.title}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
