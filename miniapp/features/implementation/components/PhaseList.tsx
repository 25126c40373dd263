/** The project's phases and their tasks, and everything a tap on a task can lead to (evidence, blocker, assignee). */
import { useCurrentUser } from '@miniapp/lib/current-user';
import { ActionSheet } from 'antd-mobile';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptanceForTask } from '../acceptance-step';
import { submitTaskChange, type TaskChange, usePendingByTask } from '../task-submissions';
import type { Phase, Project, Task } from '../types';
import { BlockerSheet } from './BlockerSheet';
import { type EvidenceResult, EvidenceSheet } from './EvidenceSheet';
import { HealthBadge, ProgressBar } from './HealthBadge';
import { hasProof } from './TaskProof';
import { TaskRow } from './TaskRow';
import styles from './tasks.module.css';

export function PhaseList({ project }: { project: Project }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pendingByTask = usePendingByTask();
  const [evidenceTask, setEvidenceTask] = useState<Task | null>(null);
  const [blockerTask, setBlockerTask] = useState<Task | null>(null);

  const send = useCallback(
    (task: Task, labelKey: string, patch: TaskChange, extra: Omit<EvidenceResult, 'patch'> = { files: [] }) =>
      void submitTaskChange({
        label: t(labelKey, { title: task.title }),
        body: {
          projectId: project.id,
          taskId: task.id,
          patch,
          ...(extra.uploads ? { uploads: extra.uploads } : {}),
          ...(patch.assigneeId === me.id ? { assigneeName: me.name } : {}),
        },
        files: extra.files,
      }),
    [me.id, me.name, project.id, t],
  );

  const onTick = useCallback(
    (task: Task) => {
      if (task.doneAt !== null) send(task, 'ui.implementation.queue.untick', { done: false });
      // Evidence given earlier counts: tick at once, and let the server say if it still falls short (422).
      else if (hasProof(task)) send(task, 'ui.implementation.queue.tick', { done: true });
      else setEvidenceTask(task);
    },
    [send],
  );

  const onMore = useCallback(
    (task: Task) => {
      const handler = ActionSheet.show({
        cancelText: t('ui.common.cancel'),
        actions: [
          task.blocker
            ? { key: 'unblock', text: t('ui.implementation.task.unblock') }
            : { key: 'block', text: t('ui.implementation.task.block'), danger: true },
          ...(task.assigneeId === me.id
            ? []
            : [{ key: 'assign', text: t('ui.implementation.task.assignToMe') }]),
          ...(task.evidence !== 'none' && task.doneAt === null
            ? [{ key: 'evidence', text: t('ui.implementation.task.addEvidence') }]
            : []),
        ],
        onAction: (action) => {
          handler.close();
          if (action.key === 'block') setBlockerTask(task);
          if (action.key === 'unblock') send(task, 'ui.implementation.queue.unblock', { blocker: null });
          if (action.key === 'assign') send(task, 'ui.implementation.queue.assign', { assigneeId: me.id });
          if (action.key === 'evidence') setEvidenceTask(task);
        },
      });
    },
    [me.id, send, t],
  );

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
      <EvidenceSheet
        task={evidenceTask}
        acceptanceItems={evidenceTask ? acceptanceForTask(project, evidenceTask) : []}
        onClose={() => setEvidenceTask(null)}
        onDone={(task, result) => {
          setEvidenceTask(null);
          send(task, 'ui.implementation.queue.tick', result.patch, result);
        }}
      />
      <BlockerSheet
        task={blockerTask}
        onClose={() => setBlockerTask(null)}
        onBlock={(task, reason) => {
          setBlockerTask(null);
          send(task, 'ui.implementation.queue.block', { blocker: reason });
        }}
      />
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
