/** The customer's no-login status page: their projects' phases and progress, readable on a phone, nothing else. */
import { LanguageToggle } from '@miniapp/components/LanguageToggle';
import { PageState } from '@miniapp/components/PageState';
import { isApiError } from '@miniapp/lib/api-client';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useStatusPage } from '../api';
import { HealthBadge, ProgressBar } from '../components/HealthBadge';
import { PhaseTimeline } from '../components/PhaseTimeline';
import styles from '../components/status.module.css';
import { formatDay } from '../dates';
import type { StatusPage as StatusPageData } from '../types';

export function StatusPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const status = useStatusPage(token);
  // An expired or revoked link is not an error to retry: say so plainly.
  const isGone = isApiError(status.error) && (status.error.status === 404 || status.error.status === 410);

  return (
    <main className={styles.page}>
      <header className={styles.header}>
        <div className={styles.heading}>
          <h1 className={styles.title}>{status.data?.customerName ?? t('ui.implementation.status.title')}</h1>
          <p className={styles.subtitle}>{t('ui.implementation.status.subtitle')}</p>
        </div>
        <LanguageToggle />
      </header>
      <PageState
        isLoading={status.isPending}
        error={isGone ? null : status.data ? null : status.error}
        onRetry={() => void status.refetch()}
        isEmpty={isGone || status.data?.projects.length === 0}
        empty={{
          title: t(isGone ? 'ui.implementation.status.goneTitle' : 'ui.implementation.status.emptyTitle'),
          description: t(isGone ? 'ui.implementation.status.goneBody' : 'ui.implementation.status.emptyBody'),
        }}
      >
        {status.data ? <StatusBody data={status.data} /> : null}
      </PageState>
    </main>
  );
}

function StatusBody({ data }: { data: StatusPageData }) {
  const { t } = useTranslation();
  return (
    <>
      {data.projects.map((project, index) => (
        <StatusProject key={`${project.name}-${project.startDate}`} project={project} index={index} />
      ))}
      {data.requirements.length > 0 ? (
        <section className={styles.project} aria-labelledby="status-requirements">
          <h2 id="status-requirements" className={styles.projectName}>
            {t('ui.implementation.status.requirements')}
          </h2>
          <ul className={styles.requirements}>
            {data.requirements.map((requirement) => (
              <li key={`${requirement.title}-${requirement.status}`}>
                <span>{requirement.title}</span>
                <span className={styles.dates}>{t(`ui.requirements.status.${requirement.status}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className={styles.footer}>
        {t('ui.implementation.status.expires', { date: formatDay(data.expiresAt.slice(0, 10)) })}
      </p>
    </>
  );
}

type StatusProjectData = StatusPageData['projects'][number];

/** 需要您配合: what the customer's side is asked for now, with the date it is needed by. */
function NeedsYou({ project, index }: { project: StatusProjectData; index: number }) {
  const { t } = useTranslation();
  if (project.needsYou.length === 0) return null;
  return (
    <section className={styles.needsYou} aria-labelledby={`status-needs-you-${index}`}>
      <h3 id={`status-needs-you-${index}`} className={styles.needsYouTitle}>
        {t('ui.implementation.status.needsYou')}
      </h3>
      <p className={styles.dates}>{t('ui.implementation.status.needsYouHint')}</p>
      <ul className={styles.requirements}>
        {project.needsYou.map((item) => (
          <li key={`${item.phaseName}-${item.title}`}>
            <span>{item.title}</span>
            <span className={styles.dates}>
              {t('ui.implementation.status.needsYouItem', {
                phase: item.phaseName,
                date: formatDay(item.dueDate),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One project as the customer sees it: health, progress, the timeline and each phase's count of done tasks. */
function StatusProject({ project, index }: { project: StatusProjectData; index: number }) {
  const { t } = useTranslation();
  return (
    <article className={styles.project} aria-labelledby={`status-project-${index}`}>
      <h2 id={`status-project-${index}`} className={styles.projectName}>
        {project.name}
      </h2>
      <div className={styles.projectHead}>
        <HealthBadge health={project.health} />
        <span className={styles.dates}>
          {t('ui.implementation.status.goLive', {
            date: project.goLiveTarget ? formatDay(project.goLiveTarget) : t('ui.common.notSet'),
          })}
        </span>
        <span className={styles.dates}>
          {t('ui.implementation.status.projectedGoLive', { date: formatDay(project.projectedGoLive) })}
        </span>
      </div>
      {project.contact ? (
        <p className={styles.contact}>
          {project.contact.title
            ? t('ui.implementation.status.contactWithTitle', project.contact)
            : t('ui.implementation.status.contact', project.contact)}
        </p>
      ) : null}
      <NeedsYou project={project} index={index} />
      <ProgressBar value={project.progress} label={t('ui.implementation.project.progress')} />
      <PhaseTimeline phases={project.phases} isEmbedded headingId={`status-timeline-${index}`} />
      <ol className={styles.phases}>
        {project.phases.map((phase) => (
          <li key={phase.name} className={styles.phase}>
            <span className={styles.phaseName}>{phase.name}</span>
            <HealthBadge health={phase.health} showReason={false} />
            <ProgressBar
              value={phase.progress}
              label={t('ui.implementation.phase.progress', { name: phase.name })}
            />
            <span className={styles.dates}>
              {t('ui.implementation.phase.count', { done: phase.doneCount, total: phase.taskCount })}
            </span>
          </li>
        ))}
      </ol>
    </article>
  );
}
