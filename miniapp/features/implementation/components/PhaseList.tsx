/** The project's phases and their tasks, and everything a tap on a task can lead to (evidence, blocker, assignee). */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptanceForTask } from '../acceptance-step';
import { usePendingByTask } from '../task-submissions';
import type { Phase, Project, Task } from '../types';
import { BlockerSheet } from './BlockerSheet';
import { EvidenceSheetOnDemand } from './EvidenceSheetOnDemand';
import { HealthBadge, ProgressBar } from './HealthBadge';
import { hasProof } from './TaskProof';
import { TaskRow } from './TaskRow';
import { useTaskMenu, useTaskSender } from './task-actions';
import styles from './tasks.module.css';
import { useTickWithUndo } from './use-tick-with-undo';

export function PhaseList({ project }: { project: Project }) {
  const pendingByTask = usePendingByTask();
  const [evidenceTask, setEvidenceTask] = useState<Task | null>(null);
  const [blockerTask, setBlockerTask] = useState<Task | null>(null);

  const send = useTaskSender();
  const { tick, undoBar } = useTickWithUndo(send);
  const onTick = useCallback(
    (task: Task) => {
      if (task.doneAt !== null) send(project.id, task, 'ui.implementation.queue.untick', { done: false });
      // Evidence given earlier counts: tick at once, and let the server say if it still falls short (422).
      else if (hasProof(task)) tick(project.id, task, { done: true });
      else setEvidenceTask(task);
    },
    [project.id, send, tick],
  );
  const onMore = useTaskMenu(project, send, { onBlock: setBlockerTask, onEvidence: setEvidenceTask });

  return (
    <>
      {project.phases.map((phase, index) => (
        <PhaseCard
          key={phase.name}
          phase={phase}
          headingId={`phase-${index}`}
          pendingByTask={pendingByTask}
          onTick={onTick}
          onMore={onMore}
        />
      ))}
      <EvidenceSheetOnDemand
        task={evidenceTask}
        acceptanceItems={evidenceTask ? acceptanceForTask(project, evidenceTask) : []}
        onClose={() => setEvidenceTask(null)}
        onDone={(task, result) => {
          setEvidenceTask(null);
          tick(project.id, task, result.patch, result);
        }}
      />
      <BlockerSheet
        task={blockerTask}
        onClose={() => setBlockerTask(null)}
        onBlock={(task, blocker) => {
          setBlockerTask(null);
          send(project.id, task, 'ui.implementation.queue.block', {
            blocker: blocker.reason,
            blockedUntil: blocker.until,
          });
        }}
      />
      {undoBar}
    </>
  );
}

interface PhaseCardProps {
  phase: Phase;
  headingId: string;
  pendingByTask: ReturnType<typeof usePendingByTask>;
  onTick: (task: Task) => void;
  onMore: (task: Task) => void;
}

function PhaseCard({ phase, headingId, pendingByTask, onTick, onMore }: PhaseCardProps) {
  const { t } = useTranslation();
  const doneCount = phase.tasks.filter((task) => task.doneAt !== null).length;
  return (
    <section className={styles.phase} aria-labelledby={headingId}>
      <div className={styles.phaseHead}>
        <h2 id={headingId} className={styles.phaseName}>
          {phase.name}
        </h2>
        <HealthBadge health={phase.health} reason={phase.healthReason} showReason={false} />
      </div>
      <ProgressBar
        value={phase.progress}
        label={t('ui.implementation.phase.progress', { name: phase.name })}
      />
      <p className={styles.phaseCount}>
        {t('ui.implementation.phase.count', { done: doneCount, total: phase.tasks.length })}
      </p>
      <ul className={styles.tasks}>
        {phase.tasks.map((task) => (
          <TaskRow
            key={task.id}
            task={task}
            pending={pendingByTask.get(task.id) ?? []}
            onTick={onTick}
            onMore={onMore}
            showProof
          />
        ))}
      </ul>
    </section>
  );
}
