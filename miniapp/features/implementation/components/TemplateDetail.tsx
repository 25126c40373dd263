/** One template opened: its versions, its phases and tasks, and for editors the way into the editor. */
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTemplateVersions } from '../api';
import type { Template } from '../types';
import styles from './templates.module.css';

export function TemplateDetail({ template }: { template: Template }) {
  const { t } = useTranslation();
  const versions = useTemplateVersions(template.id);
  const navigate = useNavigate();
  const hasDraft = versions.data?.[0]?.status === 'draft';
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
      {template.can.edit ? (
        <Button
          color="primary"
          shape="rounded"
          onClick={() => void navigate(`/implementation/templates/${template.id}/edit`)}
        >
          {hasDraft ? t('ui.templateEditor.continueDraft') : t('ui.templateEditor.edit')}
        </Button>
      ) : null}
    </div>
  );
}
