/** The project's phases and their tasks, and everything a tap on a task can lead to (evidence, blocker, assignee). */
import { useCurrentUser } from '@miniapp/lib/current-user';
import { ActionSheet } from 'antd-mobile';
import type { TFunction } from 'i18next';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitTaskChange, type TaskChange, usePendingByTask } from '../task-submissions';
import type { Phase, Project, Task } from '../types';
import { BlockerSheet } from './BlockerSheet';
import { type EvidenceResult, EvidenceSheet } from './EvidenceSheet';
import { HealthBadge, ProgressBar } from './HealthBadge';
import { hasProof } from './TaskProof';
import { TaskRow } from './TaskRow';
import styles from './tasks.module.css';

type SendExtra = Omit<EvidenceResult, 'patch'> & { assigneeName?: string };

interface Person {
  id: string;
  name: string;
}

/** Who a task can go to: me first, then the owner and the members, each once. */
function assignablePeople(project: Project, me: Person): Person[] {
  const people = [me, project.owner, ...project.members];
  return people.filter((person, index) => people.findIndex((other) => other.id === person.id) === index);
}

/** What "more" offers on a task, as far as the server's `can` allows. */
function taskActions(task: Task, people: Person[], myId: string, t: TFunction) {
  const blocker = task.blocker
    ? { key: 'unblock', text: t('ui.implementation.task.unblock') }
    : { key: 'block', text: t('ui.implementation.task.block'), danger: true };
  const assign = people
    .filter((person) => person.id !== task.assigneeId)
    .map((person) => ({
      key: `assign:${person.id}`,
      text:
        person.id === myId
          ? t('ui.implementation.task.assignToMe')
          : t('ui.implementation.task.assignTo', { name: person.name }),
    }));
  const evidence =
    task.evidence !== 'none' && task.doneAt === null && task.can.tick
      ? [{ key: 'evidence', text: t('ui.implementation.task.addEvidence') }]
      : [];
  return [...(task.can.block ? [blocker] : []), ...(task.can.assign ? assign : []), ...evidence];
}

export function PhaseList({ project }: { project: Project }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const pendingByTask = usePendingByTask();
  const [evidenceTask, setEvidenceTask] = useState<Task | null>(null);
  const [blockerTask, setBlockerTask] = useState<Task | null>(null);

  const send = useCallback(
    (task: Task, labelKey: string, patch: TaskChange, extra: SendExtra = { files: [] }) =>
      void submitTaskChange({
        label: t(labelKey, { title: task.title }),
        body: {
          projectId: project.id,
          taskId: task.id,
          patch,
          ...(extra.uploads ? { uploads: extra.uploads } : {}),
          ...(extra.assigneeName ? { assigneeName: extra.assigneeName } : {}),
        },
        files: extra.files,
      }),
    [project.id, t],
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

  const people = useMemo(() => assignablePeople(project, me), [project, me]);
  const onMore = useCallback(
    (task: Task) => {
      const handler = ActionSheet.show({
        cancelText: t('ui.common.cancel'),
        actions: taskActions(task, people, me.id, t),
        onAction: (action) => {
          handler.close();
          const key = String(action.key);
          if (key === 'block') setBlockerTask(task);
          if (key === 'unblock') send(task, 'ui.implementation.queue.unblock', { blocker: null });
          if (key === 'evidence') setEvidenceTask(task);
          const person = people.find((candidate) => `assign:${candidate.id}` === key);
          if (person)
            send(
              task,
              'ui.implementation.queue.assign',
              { assigneeId: person.id },
              { files: [], assigneeName: person.name },
            );
        },
      });
    },
    [me.id, people, send, t],
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
