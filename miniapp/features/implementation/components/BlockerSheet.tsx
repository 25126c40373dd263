/**
 * Flagging a task as blocked: the reason is required, because the project owner is told it at once; the date it
 * holds until is optional and moves the projected dates of the work after it.
 */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { FormField } from '@miniapp/components/FormField';
import { SheetForm } from '@miniapp/components/SheetForm';
import TextArea from 'antd-mobile/es/components/text-area';
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
    <SheetFrame isOpen={task !== null} onClose={onClose}>
      {task ? <BlockerForm task={task} onCancel={onClose} onBlock={onBlock} /> : null}
    </SheetFrame>
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
    <SheetForm
      title={t('ui.implementation.blocker.title')}
      onSubmit={() => onBlock(task, { reason: trimmed, until: until || null })}
      primary={{ label: t('ui.implementation.blocker.submit'), color: 'danger', isDisabled: !trimmed }}
      secondary={{ label: t('ui.common.cancel'), onClick: onCancel }}
    >
      <p className={styles.taskTitle}>{task.title}</p>
      <FormField id="blocker-reason" label={t('ui.implementation.blocker.reason')} isBoxed>
        <TextArea
          id="blocker-reason"
          value={reason}
          onChange={setReason}
          rows={3}
          maxLength={500}
          placeholder={t('ui.implementation.blocker.placeholder')}
        />
      </FormField>
      <FormField
        id="blocker-until"
        label={t('ui.implementation.blocker.until')}
        hint={t('ui.implementation.blocker.untilHint')}
        isBoxed
      >
        {(input) => (
          <input
            {...input}
            type="date"
            className={styles.dateInput}
            value={until}
            min={todayDate()}
            onChange={(event) => setUntil(event.target.value)}
          />
        )}
      </FormField>
      <p className={styles.hint}>{t('ui.implementation.blocker.ownerTold')}</p>
    </SheetForm>
  );
}
