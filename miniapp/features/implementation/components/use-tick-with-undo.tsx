/** A tick, then for a few seconds a toast offering 撤销, which queues the untick right behind it. */
import { undoToastMs } from '@shared/domain/undo';
import { Toast } from 'antd-mobile';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskChange } from '../task-submissions';
import type { Task } from '../types';
import type { SendExtra, SendTaskChange } from './task-actions';
import styles from './tasks.module.css';

export type SendTick = (projectId: string, task: Task, patch: TaskChange, extra?: SendExtra) => void;

export function useTickWithUndo(send: SendTaskChange): SendTick {
  const { t } = useTranslation();
  return useCallback(
    (projectId, task, patch, extra) => {
      send(projectId, task, 'ui.implementation.queue.tick', patch, extra);
      const toast = Toast.show({
        position: 'bottom',
        duration: undoToastMs,
        content: (
          <span className={styles.undoToast} role="status">
            {t('ui.implementation.task.ticked', { title: task.title })}
            <button
              type="button"
              className={styles.undoButton}
              onClick={() => {
                toast.close();
                send(
                  projectId,
                  task,
                  'ui.implementation.queue.untick',
                  { done: false },
                  { files: [], undoesOwnChange: true },
                );
              }}
            >
              {t('ui.common.undo')}
            </button>
          </span>
        ),
      });
    },
    [send, t],
  );
}
