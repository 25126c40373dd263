/**
 * Flagging a task as blocked: the reason is required, because the project owner is told it at once; the date it
 * holds until is optional and moves the projected dates of the work after it.
 */
import { Button, Popup, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayDate } from '../dates';
import type { Task } from '../types';
import styles from './evidence.module.css';

interface BlockerSheetProps {
  task: Task | null;
  onClose: () => void;
  onBlock: (task: Task, blocker: { reason: string; until: string | null }) => void;
}

export function BlockerSheet({ task, onClose, onBlock }: BlockerSheetProps) {
  return (
    <Popup
      visible={task !== null}
      onMaskClick={onClose}
      onClose={onClose}
      bodyClassName={styles.sheet}
      destroyOnClose
    >
      {task ? <BlockerForm task={task} onCancel={onClose} onBlock={onBlock} /> : null}
    </Popup>
  );
}

function BlockerForm({
  task,
  onCancel,
  onBlock,
}: {
  task: Task;
  onCancel: () => void;
  onBlock: BlockerSheetProps['onBlock'];
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const trimmed = reason.trim();
  return (
    <form
      className={styles.form}
      aria-labelledby="blocker-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed) onBlock(task, { reason: trimmed, until: until || null });
      }}
    >
      <h2 id="blocker-title" className={styles.title}>
        {t('ui.implementation.blocker.title')}
      </h2>
      <p className={styles.taskTitle}>{task.title}</p>
      <div className={styles.field}>
        <label htmlFor="blocker-reason">{t('ui.implementation.blocker.reason')}</label>
        <TextArea
          id="blocker-reason"
          value={reason}
          onChange={setReason}
          rows={3}
          maxLength={500}
          placeholder={t('ui.implementation.blocker.placeholder')}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor="blocker-until">{t('ui.implementation.blocker.until')}</label>
        <input
          id="blocker-until"
          type="date"
          className={styles.dateInput}
          value={until}
          min={todayDate()}
          onChange={(event) => setUntil(event.target.value)}
          aria-describedby="blocker-until-hint"
        />
        <span id="blocker-until-hint" className={styles.hint}>
          {t('ui.implementation.blocker.untilHint')}
        </span>
      </div>
      <p className={styles.hint}>{t('ui.implementation.blocker.ownerTold')}</p>
      <div className={styles.actions}>
        <Button shape="rounded" onClick={onCancel}>
          {t('ui.common.cancel')}
        </Button>
        <Button type="submit" color="danger" shape="rounded" disabled={!trimmed}>
          {t('ui.implementation.blocker.submit')}
        </Button>
      </div>
    </form>
  );
}
