/** The top of a project: health with its reason, overall progress, template version, owner and the key dates. */
import Button from 'antd-mobile/es/components/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween, formatDay } from '../dates';
import type { Project } from '../types';
import { GoalActuals } from './GoalActuals';
import { HealthBadge, ProgressBar } from './HealthBadge';
import styles from './implementation.module.css';

export function ProjectSummaryCard({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <section className={styles.card} aria-label={t('ui.implementation.project.summary')}>
      <div className={styles.cardHead}>
        <span className={styles.projectName}>{project.name}</span>
        <HealthBadge health={project.health} reason={project.healthReason} />
      </div>
      <ProgressBar value={project.progress} label={t('ui.implementation.project.progress')} />
      <dl className={styles.facts}>
        <dt>{t('ui.implementation.project.template')}</dt>
        <dd>
          {t('ui.implementation.project.templateVersion', {
            name: project.templateName,
            version: project.templateVersion,
          })}
        </dd>
        <dt>{t('ui.implementation.project.owner')}</dt>
        <dd>{project.owner.name}</dd>
        <dt>{t('ui.implementation.project.startDate')}</dt>
        <dd>{formatDay(project.startDate)}</dd>
        <dt>{t('ui.implementation.project.goLiveTarget')}</dt>
        <dd>{project.goLiveTarget ? formatDay(project.goLiveTarget) : t('ui.common.notSet')}</dd>
        <dt>{t('ui.implementation.project.plannedEnd')}</dt>
        <dd>{formatDay(project.plannedEndDate)}</dd>
        <dt>{t('ui.implementation.project.projectedGoLive')}</dt>
        <dd>
          <ProjectedGoLive project={project} />
        </dd>
      </dl>
    </section>
  );
}

/** The go-live to expect against the target, in words: how many days past it, or within it. */
function ProjectedGoLive({ project }: { project: Project }) {
  const { t } = useTranslation();
  const target = project.goLiveTarget;
  const late = target ? daysBetween(target, project.projectedGoLive) : 0;
  return (
    <>
      {formatDay(project.projectedGoLive)}{' '}
      {target ? (
        <span className={late > 0 ? styles.goalMissed : styles.goalMet}>
          {late > 0
            ? t('ui.implementation.project.lateBy', { count: late })
            : t('ui.implementation.project.onTarget')}
        </span>
      ) : null}
    </>
  );
}

function figure(value: number | null, unit: string): string {
  return value === null ? '—' : `${value}${unit ? ` ${unit}` : ''}`;
}

/** SMART goals recorded at kick-off: where the customer started, where we promised to get, where they are. */
export function GoalsCard({ project }: { project: Project }) {
  const { t } = useTranslation();
  const [isRecording, setRecording] = useState(false);
  if (project.goals.length === 0) return null;
  return (
    <section className={styles.card} aria-labelledby="project-goals">
      <div className={styles.cardHead}>
        <h2 id="project-goals" className={styles.cardTitle}>
          {t('ui.implementation.goals.title')}
        </h2>
        {project.can.update ? (
          <Button
            size="mini"
            color="primary"
            fill="outline"
            shape="rounded"
            onClick={() => setRecording(true)}
          >
            {t('ui.implementation.goals.recordActuals')}
          </Button>
        ) : null}
      </div>
      <ul className={styles.goals}>
        {project.goals.map((goal) => (
          <li key={goal.id} className={styles.goal}>
            <span className={styles.goalMetric}>{goal.metric}</span>
            <span className={styles.goalFigures}>
              <span>
                {t('ui.implementation.goals.baseline')} {figure(goal.baseline, goal.unit)}
              </span>
              <span>
                {t('ui.implementation.goals.target')} {figure(goal.target, goal.unit)}
              </span>
              <span>
                {t('ui.implementation.goals.actual')} {figure(goal.actual, goal.unit)}
              </span>
            </span>
            {goal.met !== null ? (
              <span className={goal.met ? styles.goalMet : styles.goalMissed}>
                {t(goal.met ? 'ui.implementation.goals.met' : 'ui.implementation.goals.missed')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {project.can.update ? (
        <GoalActuals project={project} isOpen={isRecording} onClose={() => setRecording(false)} />
      ) : null}
    </section>
  );
}
