/** A tick, then for a few seconds a bar offering 撤销, which queues the untick right behind it. */
import { UndoBar } from '@miniapp/components/UndoBar';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskChange } from '../task-submissions';
import type { Task } from '../types';
import type { SendExtra, SendTaskChange } from './task-actions';

export type SendTick = (projectId: string, task: Task, patch: TaskChange, extra?: SendExtra) => void;

interface Offer {
  key: number;
  projectId: string;
  task: Task;
}

export function useTickWithUndo(send: SendTaskChange): { tick: SendTick; undoBar: ReactNode } {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<Offer | null>(null);
  const close = useCallback(() => setOffer(null), []);
  const tick = useCallback<SendTick>(
    (projectId, task, patch, extra) => {
      send(projectId, task, 'ui.implementation.queue.tick', patch, extra);
      setOffer({ key: Date.now(), projectId, task });
    },
    [send],
  );
  const undoBar = offer ? (
    <UndoBar
      key={offer.key}
      text={t('ui.implementation.task.ticked', { title: offer.task.title })}
      onClose={close}
      onUndo={() => {
        setOffer(null);
        const untick = { done: false };
        send(offer.projectId, offer.task, 'ui.implementation.queue.untick', untick, {
          files: [],
          undoesOwnChange: true,
        });
      }}
    />
  ) : null;
  return { tick, undoBar };
}
