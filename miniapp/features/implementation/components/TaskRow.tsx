/** One task: a one-tap tick, what it needs as evidence, when it is due, who has it, its blocker and unsent changes. */
import { discardSubmission, retrySubmission } from '@miniapp/lib/offline/queue';
import { CheckOutline, MoreOutline } from 'antd-mobile-icons';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, todayDate } from '../dates';
import type { PendingTaskSubmission } from '../task-submissions';
import type { Task } from '../types';
import { TaskProof } from './TaskProof';
import styles from './tasks.module.css';

interface TaskRowProps {
  task: Task;
  pending: PendingTaskSubmission[];
  onTick: (task: Task) => void;
  /** Photos, note and signature under a done task (the project page; 今日待办 stays short). */
  showProof?: boolean;
  /** Blocker, assignee, evidence: left out where the row is only for ticking (今日待办). */
  onMore?: (task: Task) => void;
  /** 今日待办 heads each card with its bucket and due day already; the row does not say it twice. */
  isDueShown?: boolean;
}

function isOverdue(task: Task): boolean {
  return task.doneAt === null && task.dueDate < todayDate();
}

export const TaskRow = memo(function TaskRow({
  task,
  pending,
  onTick,
  onMore,
  showProof = false,
  isDueShown = true,
}: TaskRowProps) {
  const { t } = useTranslation();
  const isDone = task.doneAt !== null;
  const failed = pending.filter((item) => item.status === 'failed');
  const isWaiting = pending.some((item) => item.status !== 'failed');
  const rowClass = [styles.task, task.blocker ? styles.blocked : '', isDone ? styles.done : ''].join(' ');

  return (
    <li className={rowClass}>
      <button
        type="button"
        className={styles.tick}
        aria-pressed={isDone}
        disabled={!task.can.tick}
        aria-label={t(isDone ? 'ui.implementation.task.untick' : 'ui.implementation.task.tick', {
          title: task.title,
        })}
        onClick={() => onTick(task)}
      >
        {isDone ? <CheckOutline aria-hidden="true" /> : null}
      </button>
      <div className={styles.body}>
        <span className={styles.title}>{task.title}</span>
        <span className={styles.meta}>
          {isDueShown ? (
            <span className={isOverdue(task) ? styles.late : undefined}>
              {t(isOverdue(task) ? 'ui.implementation.task.overdueOn' : 'ui.implementation.task.dueOn', {
                date: formatDay(task.dueDate),
              })}
            </span>
          ) : null}
          <span>{task.assigneeName ?? t('ui.implementation.task.unassigned')}</span>
          {task.evidence !== 'none' ? (
            <span className={styles.evidence}>{t(`ui.implementation.evidenceKind.${task.evidence}`)}</span>
          ) : null}
        </span>
        {task.blocker ? (
          <span className={styles.blockerText}>
            {t('ui.implementation.task.blockedBy', { reason: task.blocker })}
            {task.blockedUntil
              ? ` · ${t('ui.implementation.task.blockedUntil', { date: formatDay(task.blockedUntil) })}`
              : null}
          </span>
        ) : null}
        {!isDone && task.projectedDueDate !== task.dueDate ? (
          <span className={styles.projected}>
            {t('ui.implementation.task.projectedDue', { date: formatDay(task.projectedDueDate) })}
          </span>
        ) : null}
        {showProof ? <TaskProof task={task} /> : null}
        {isWaiting ? <span className={styles.pending}>{t('ui.implementation.task.waiting')}</span> : null}
        {failed.map((item) => (
          <span key={item.id} className={styles.failed} role="alert">
            {item.error ?? t('errors.INTERNAL')}
            <button type="button" className={styles.linkButton} onClick={() => void retrySubmission(item.id)}>
              {t('ui.common.retry')}
            </button>
            <button
              type="button"
              className={styles.linkButton}
              onClick={() => void discardSubmission(item.id)}
            >
              {t('ui.implementation.task.discard')}
            </button>
          </span>
        ))}
      </div>
      {onMore ? (
        <button
          type="button"
          className={styles.more}
          aria-label={t('ui.implementation.task.more', { title: task.title })}
          onClick={() => onMore(task)}
        >
          <MoreOutline aria-hidden="true" />
        </button>
      ) : null}
    </li>
  );
});
