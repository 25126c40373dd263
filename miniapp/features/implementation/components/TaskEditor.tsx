/** One task of a phase in the editor: title, guidance, required evidence and which customers it is for. */
import { type ChipOption, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { evidenceKinds } from '@shared/domain/implementation/vocab';
import type { FieldErrors } from '@shared/i18n/validation';
import { Input, TextArea } from 'antd-mobile';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableTask } from '../template-editor';
import type { EvidenceKind } from '../types';
import { ConditionFields } from './ConditionFields';
import { EditorField } from './EditorField';
import { MoveButtons } from './MoveButtons';
import styles from './template-editor.module.css';

interface TaskEditorProps {
  task: EditableTask;
  index: number;
  count: number;
  /** Where this task's problems sit in the draft body, e.g. "phases.0.tasks.2". */
  path: string;
  errors: FieldErrors;
  onChange: (task: EditableTask) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export function TaskEditor({
  task,
  index,
  count,
  path,
  errors,
  onChange,
  onMove,
  onRemove,
}: TaskEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = (field: string) => t(`ui.templateEditor.fields.${field}`);
  const heading = t('ui.templateEditor.task', { n: index + 1 });
  const evidenceOptions: ChipOption<EvidenceKind>[] = evidenceKinds.map((value) => ({
    value,
    label: t(`ui.implementation.evidenceKind.${value}`),
  }));
  return (
    <li className={styles.task} aria-label={`${heading} ${task.title}`}>
      <div className={styles.taskHead}>
        <h4 className={styles.taskTitle}>{heading}</h4>
        <MoveButtons
          kind="task"
          name={task.title}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          canRemove
        />
      </div>
      <EditorField id={`${id}-title`} label={label('taskTitle')} error={errors[`${path}.title`]}>
        <Input id={`${id}-title`} value={task.title} onChange={(title) => onChange({ ...task, title })} />
      </EditorField>
      <EditorField id={`${id}-guidance`} label={label('guidance')} error={errors[`${path}.guidance`]}>
        <TextArea
          id={`${id}-guidance`}
          autoSize={{ minRows: 1, maxRows: 6 }}
          value={task.guidance}
          onChange={(guidance) => onChange({ ...task, guidance })}
        />
      </EditorField>
      <div className={styles.field}>
        <span className={styles.label}>{label('evidence')}</span>
        <SingleChoiceChips
          label={`${heading} · ${label('evidence')}`}
          options={evidenceOptions}
          value={task.evidence}
          onChange={(evidence) => onChange({ ...task, evidence: evidence ?? 'none' })}
        />
        {errors[`${path}.evidence`] ? (
          <p className={styles.error} role="alert">
            {errors[`${path}.evidence`]}
          </p>
        ) : null}
      </div>
      <ConditionFields
        owner={heading}
        segments={task.segments}
        flags={task.flags}
        onChange={(condition) => onChange({ ...task, ...condition })}
      />
    </li>
  );
}
