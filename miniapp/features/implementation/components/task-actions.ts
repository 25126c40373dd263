/** What a person can do to a task from a list: send a change through the queue, or pick one from its menu. */
import { useCurrentUser } from '@miniapp/lib/current-user';
import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { submitTaskChange, type TaskChange } from '../task-submissions';
import type { Project, Task } from '../types';
import type { EvidenceResult } from './EvidenceSheet';

export type SendExtra = Omit<EvidenceResult, 'patch'> & { assigneeName?: string; undoesOwnChange?: boolean };

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

export type SendTaskChange = (
  projectId: string,
  task: Task,
  labelKey: string,
  patch: TaskChange,
  extra?: SendExtra,
) => void;

/** Queues a change to a task under a label the pending list can show. */
export function useTaskSender(): SendTaskChange {
  const { t } = useTranslation();
  return useCallback(
    (projectId, task, labelKey, patch, extra = { files: [] }) =>
      void submitTaskChange({
        seen: task,
        label: t(labelKey, { title: task.title }),
        body: {
          projectId,
          taskId: task.id,
          patch,
          ...(extra.uploads ? { uploads: extra.uploads } : {}),
          ...(extra.assigneeName ? { assigneeName: extra.assigneeName } : {}),
        },
        files: extra.files,
        ...(extra.undoesOwnChange ? { undoesOwnChange: true } : {}),
      }),
    [t],
  );
}

/** The "more" menu of a task: blocker, assignee, evidence. */
export function useTaskMenu(
  project: Project,
  send: SendTaskChange,
  open: { onBlock: (task: Task) => void; onEvidence: (task: Task) => void },
): (task: Task) => void {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const people = useMemo(() => assignablePeople(project, me), [project, me]);
  const { onBlock, onEvidence } = open;
  return useCallback(
    (task: Task) => {
      // The menu (and the animation library under it) loads on the first tap on "more", not with the list.
      void import('antd-mobile/es/components/action-sheet').then(({ default: ActionSheet }) => {
        const handler = ActionSheet.show({
          cancelText: t('ui.common.cancel'),
          actions: taskActions(task, people, me.id, t),
          onAction: (action) => {
            handler.close();
            const key = String(action.key);
            if (key === 'block') onBlock(task);
            if (key === 'unblock')
              send(project.id, task, 'ui.implementation.queue.unblock', { blocker: null });
            if (key === 'evidence') onEvidence(task);
            const person = people.find((candidate) => `assign:${candidate.id}` === key);
            if (person) {
              const extra = { files: [], assigneeName: person.name };
              send(project.id, task, 'ui.implementation.queue.assign', { assigneeId: person.id }, extra);
            }
          },
        });
      });
    },
    [me.id, onBlock, onEvidence, people, project.id, send, t],
  );
}
