/** 今日待办: my open tasks across projects, overdue first and blocked ones marked, each ticked with one tap. */
import { PageState } from '@miniapp/components/PageState';
import { listsGoLiveRequirements } from '@shared/domain/implementation/acceptance-step';
import { CheckCircleOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useToday } from '../api';
import { formatDay } from '../dates';
import { type PendingTaskSubmission, usePendingByTask } from '../task-submissions';
import type { Task, TodayItem } from '../types';
import { EvidenceSheetOnDemand } from './EvidenceSheetOnDemand';
import styles from './implementation.module.css';
import { hasProof } from './TaskProof';
import { TaskRow } from './TaskRow';
import { useTaskSender } from './task-actions';
import taskStyles from './tasks.module.css';
import { useTickWithUndo } from './use-tick-with-undo';

export function TodayList() {
  const { t } = useTranslation();
  const today = useToday();
  const pendingByTask = usePendingByTask();
  const [evidenceFor, setEvidenceFor] = useState<TodayItem | null>(null);
  const items = today.data ?? [];

  const send = useTaskSender();
  const navigate = useNavigate();
  const { tick: sendTick, undoBar } = useTickWithUndo(send);

  /** An acceptance sign-off is signed on the project page, where the go-live requirements are listed. */
  function tick(item: TodayItem): void {
    const { task } = item;
    const step = { phaseName: item.phaseName, taskTitle: task.title, evidence: task.evidence };
    if (task.doneAt !== null) send(item.projectId, task, 'ui.implementation.queue.untick', { done: false });
    else if (hasProof(task)) sendTick(item.projectId, task, { done: true });
    else if (listsGoLiveRequirements(step)) void navigate(`/implementation/projects/${item.projectId}`);
    else setEvidenceFor(item);
  }

  return (
    <section className={styles.section} aria-labelledby="today-title">
      <h2 id="today-title" className={styles.sectionTitle}>
        {t('ui.implementation.today.title')}
      </h2>
      <PageState
        isLoading={today.isPending}
        error={today.data ? null : today.error}
        onRetry={() => void today.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <CheckCircleOutline />,
          title: t('ui.implementation.today.emptyTitle'),
          description: t('ui.implementation.today.emptyBody'),
        }}
        skeletonRows={2}
      >
        <ul className={taskStyles.todayList}>
          {items.map((item) => (
            <TodayRow
              key={item.task.id}
              item={item}
              pending={pendingByTask.get(item.task.id) ?? []}
              onTick={() => tick(item)}
            />
          ))}
        </ul>
      </PageState>
      <EvidenceSheetOnDemand
        task={evidenceFor?.task ?? null}
        onClose={() => setEvidenceFor(null)}
        onDone={(task: Task, result) => {
          setEvidenceFor(null);
          if (evidenceFor) sendTick(evidenceFor.projectId, task, result.patch, result);
        }}
      />
      {undoBar}
    </section>
  );
}

/** Overdue in red and blocked in amber stand out from the rest of the day's list. */
const bucketTone: Partial<Record<TodayItem['bucket'], string>> = {
  overdue: taskStyles.todayOverdue,
  blocked: taskStyles.todayBlocked,
};

interface TodayRowProps {
  item: TodayItem;
  pending: PendingTaskSubmission[];
  onTick: () => void;
}

function TodayRow({ item, pending, onTick }: TodayRowProps) {
  const { t } = useTranslation();
  return (
    <li className={`${taskStyles.todayItem} ${bucketTone[item.bucket] ?? ''}`}>
      <span className={taskStyles.todayBucket}>
        {t(`ui.implementation.today.bucket.${item.bucket}`)}
        <span aria-hidden="true"> · </span>
        {formatDay(item.task.dueDate)}
      </span>
      <ul className={taskStyles.tasks}>
        <TaskRow task={item.task} pending={pending} onTick={onTick} isDueShown={false} />
      </ul>
      <Link to={`/implementation/projects/${item.projectId}`} className={taskStyles.todayProject}>
        {item.customerName} · {item.phaseName}
      </Link>
    </li>
  );
}
