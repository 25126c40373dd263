/** A compact Gantt-like strip: one bar per phase over the project's span, today marked, dates in the reader's words. */
import { useTranslation } from 'react-i18next';
import { dateValue, daysBetween, formatDay, formatRange, todayDate } from '../dates';
import type { Phase } from '../types';
import styles from './timeline.module.css';

const barTone: Record<Phase['health'], string> = {
  'on-track': '',
  'at-risk': styles.barAtRisk ?? '',
  overdue: styles.barOverdue ?? '',
};

/** What a bar needs: the status page passes fewer fields than the project page. */
export type TimelinePhase = Pick<Phase, 'name' | 'startDate' | 'dueDate' | 'health'>;

interface PhaseTimelineProps {
  phases: TimelinePhase[];
  /** Inside another card (the status page): no card of its own, a smaller heading. */
  isEmbedded?: boolean;
  headingId?: string;
}

export function PhaseTimeline({
  phases,
  isEmbedded = false,
  headingId = 'project-timeline',
}: PhaseTimelineProps) {
  const { t } = useTranslation();
  const first = phases.map((phase) => phase.startDate).sort()[0];
  const last = phases
    .map((phase) => phase.dueDate)
    .sort()
    .at(-1);
  if (!first || !last) return null;
  const total = Math.max(1, daysBetween(first, last) + 1);
  const at = (date: string) => (daysBetween(first, date) / total) * 100;
  const today = todayDate();
  const Heading = isEmbedded ? 'h3' : 'h2';
  const isTodayInside = dateValue(today) >= dateValue(first) && dateValue(today) <= dateValue(last);

  return (
    <section className={isEmbedded ? styles.embedded : styles.card} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.title}>
        {t('ui.implementation.project.timeline')}
        <span className={styles.span}>{formatRange(first, last)}</span>
      </Heading>
      <ol className={styles.rows}>
        {phases.map((phase) => (
          <li key={phase.name} className={styles.row}>
            <span className={styles.name}>{phase.name}</span>
            <span className={styles.track}>
              <span
                className={`${styles.bar} ${barTone[phase.health]}`}
                style={{
                  left: `${at(phase.startDate)}%`,
                  width: `${Math.max(2, at(phase.dueDate) - at(phase.startDate) + 100 / total)}%`,
                }}
              />
              {isTodayInside ? (
                <span className={styles.today} style={{ left: `${at(today)}%` }} aria-hidden="true" />
              ) : null}
            </span>
            <span className={styles.dates}>
              {formatRange(phase.startDate, phase.dueDate)} ·{' '}
              {t(`ui.implementation.healthLevel.${phase.health}`)}
            </span>
          </li>
        ))}
      </ol>
      {isTodayInside ? (
        <p className={styles.legend}>
          <span className={styles.todaySwatch} aria-hidden="true" />
          {t('ui.implementation.project.todayMark', { date: formatDay(today) })}
        </p>
      ) : null}
    </section>
  );
}
