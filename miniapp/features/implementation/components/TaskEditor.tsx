/** One task of a phase in the editor: title, guidance, required evidence and which customers it is for. */

import { type ChipOption, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { evidenceKinds } from '@shared/domain/implementation/vocab';
import type { FieldErrors } from '@shared/i18n/validation';
import Button from 'antd-mobile/es/components/button';
import Input from 'antd-mobile/es/components/input';
import TextArea from 'antd-mobile/es/components/text-area';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditableTask } from '../template-editor';
import type { EvidenceKind } from '../types';
import { ConditionFields } from './ConditionFields';
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

/** A saved task shows as one line until opened; a new one, or one with a problem, shows its inputs. */
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
  const [isOpen, setOpen] = useState(task.id === undefined);
  const heading = t('ui.templateEditor.task', { n: index + 1 });
  const hasError = Object.keys(errors).some((key) => key.startsWith(`${path}.`));
  const isShown = isOpen || hasError;
  const name = task.title.trim() || t('ui.templateEditor.untitled');
  const conditions = [
    ...task.segments.map((segment) => t(`enums.segment.${segment}`)),
    ...task.flags.map((flag) => t(`enums.flag.${flag}`)),
  ];
  const summary = [
    t(`ui.implementation.evidenceKind.${task.evidence}`),
    ...(conditions.length > 0
      ? [
          t('ui.templateEditor.conditionSummary', {
            list: conditions.join(t('ui.templateEditor.listSeparator')),
          }),
        ]
      : []),
  ].join(' · ');
  return (
    <li className={styles.task} aria-label={`${heading} ${task.title}`}>
      <div className={styles.taskHead}>
        <h4 className={styles.taskTitle}>
          {heading} · {name}
        </h4>
        <MoveButtons
          kind="task"
          name={task.title}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          canRemove
          isCompact
        />
      </div>
      <div className={styles.taskSummary}>
        {isShown ? null : <span className={styles.hint}>{summary}</span>}
        {hasError ? null : (
          <Button
            size="small"
            fill="none"
            color="primary"
            aria-expanded={isShown}
            aria-label={t(isShown ? 'ui.templateEditor.collapseTask' : 'ui.templateEditor.editTask', {
              name,
            })}
            onClick={() => setOpen(!isShown)}
          >
            {isShown ? t('ui.templateEditor.collapse') : t('ui.templateEditor.expand')}
          </Button>
        )}
      </div>
      {isShown ? (
        <TaskFields task={task} heading={heading} path={path} errors={errors} onChange={onChange} />
      ) : null}
    </li>
  );
}

interface TaskFieldsProps {
  task: EditableTask;
  heading: string;
  path: string;
  errors: FieldErrors;
  onChange: (task: EditableTask) => void;
}

function TaskFields({ task, heading, path, errors, onChange }: TaskFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const label = (field: string) => t(`ui.templateEditor.fields.${field}`);
  const evidenceOptions: ChipOption<EvidenceKind>[] = evidenceKinds.map((value) => ({
    value,
    label: t(`ui.implementation.evidenceKind.${value}`),
  }));
  return (
    <>
      <FormField isBoxed id={`${id}-title`} label={label('taskTitle')} error={errors[`${path}.title`]}>
        <Input id={`${id}-title`} value={task.title} onChange={(title) => onChange({ ...task, title })} />
      </FormField>
      <FormField isBoxed id={`${id}-guidance`} label={label('guidance')} error={errors[`${path}.guidance`]}>
        <TextArea
          id={`${id}-guidance`}
          autoSize={{ minRows: 1, maxRows: 6 }}
          value={task.guidance}
          onChange={(guidance) => onChange({ ...task, guidance })}
        />
      </FormField>
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
    </>
  );
}
