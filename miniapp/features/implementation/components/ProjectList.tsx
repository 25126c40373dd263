/** My projects, each with its health in colour and words, progress, the phase it is in and what is left. */

import rows from '@miniapp/components/link-list.module.css';
import { PageState } from '@miniapp/components/PageState';
import { useLinkNavigation } from '@miniapp/lib/use-link-navigation';
import type { Health } from '@shared/domain/implementation/vocab';
import { CheckShieldOutline, RightOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { type ProjectScope, useProjects } from '../api';
import { formatDay } from '../dates';
import type { ProjectSummary } from '../types';
import { HealthBadge, ProgressBar } from './HealthBadge';
import styles from './implementation.module.css';

interface ProjectListProps {
  scope: ProjectScope;
  onCreate: (() => void) | undefined;
  title?: string;
  emptyBody?: string;
  /** Only the projects of this health (a dashboard figure opens the list this way). */
  health?: Health | undefined;
}

export function ProjectList({ scope, onCreate, title, emptyBody, health }: ProjectListProps) {
  const { t } = useTranslation();
  const projects = useProjects(scope);
  const items = (projects.data ?? []).filter((project) => !health || project.health === health);
  const headingId = typeof scope === 'string' ? `${scope}-projects` : 'customer-projects';
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.sectionTitle}>
        {title ?? t('ui.implementation.projects.title')}
      </h2>
      <PageState
        isLoading={projects.isPending}
        error={projects.data ? null : projects.error}
        onRetry={() => void projects.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <CheckShieldOutline />,
          title: t('ui.implementation.projects.emptyTitle'),
          description:
            emptyBody ??
            t(
              onCreate
                ? 'ui.implementation.projects.emptyBody'
                : 'ui.implementation.projects.emptyBodyReadOnly',
            ),
          action: onCreate ? { label: t('ui.implementation.create.title'), onClick: onCreate } : undefined,
        }}
        skeletonRows={2}
      >
        <ProjectRows projects={items} />
      </PageState>
    </section>
  );
}

export function ProjectRows({ projects }: { projects: ProjectSummary[] }) {
  const { t } = useTranslation();
  const openRow = useLinkNavigation();
  return (
    <ul className={rows.list}>
      {projects.map((project) => (
        <li key={project.id}>
          <a href={`/implementation/projects/${project.id}`} className={rows.row} onClick={openRow}>
            <span className={rows.rowMain}>
              <span className={rows.rowName}>{project.customerName}</span>
              <HealthBadge health={project.health} reason={project.healthReason} />
              <ProgressBar
                value={project.progress}
                label={t('ui.implementation.projects.progressOf', { name: project.customerName })}
              />
              <span className={styles.rowMeta}>
                {project.currentPhase ?? t('ui.implementation.projects.allDone')}
                <span aria-hidden="true"> · </span>
                {t('ui.implementation.projects.openTasks', { count: project.openTaskCount })}
                <span aria-hidden="true"> · </span>
                {t('ui.implementation.projects.goLive', {
                  date: formatDay(project.goLiveTarget ?? project.plannedEndDate),
                })}
                {project.projectedGoLive > (project.goLiveTarget ?? project.plannedEndDate) ? (
                  <>
                    <span aria-hidden="true"> · </span>
                    {t('ui.implementation.projects.projected', { date: formatDay(project.projectedGoLive) })}
                  </>
                ) : null}
              </span>
            </span>
            <RightOutline className={rows.rowArrow} aria-hidden="true" />
          </a>
        </li>
      ))}
    </ul>
  );
}
