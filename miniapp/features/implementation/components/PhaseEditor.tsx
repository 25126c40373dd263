/** One phase in the editor: name, working days, owner and partner roles, condition, and its tasks in order. */
import { FormField } from '@miniapp/components/FormField';
import type { FieldErrors } from '@shared/i18n/validation';
import Button from 'antd-mobile/es/components/button';
import Input from 'antd-mobile/es/components/input';
import { AddOutline } from 'antd-mobile-icons';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { blankTask, type EditablePhase, moved, removedAt, replacedAt } from '../template-editor';
import { ConditionFields } from './ConditionFields';
import { MoveButtons } from './MoveButtons';
import { TaskEditor } from './TaskEditor';
import styles from './template-editor.module.css';

interface PhaseEditorProps {
  phase: EditablePhase;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (phase: EditablePhase) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export function PhaseEditor({ phase, index, count, errors, onChange, onMove, onRemove }: PhaseEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const path = `phases.${index}`;
  const label = (field: string) => t(`ui.templateEditor.fields.${field}`);
  const heading = t('ui.templateEditor.phase', { n: index + 1 });
  const setTasks = (tasks: EditablePhase['tasks']) => onChange({ ...phase, tasks });
  return (
    <section className={styles.phase} aria-labelledby={`${id}-heading`}>
      <div className={styles.phaseHead}>
        <h3 id={`${id}-heading`} className={styles.phaseTitle}>
          {heading} · {phase.name.trim() || t('ui.templateEditor.untitled')}
        </h3>
        <MoveButtons
          kind="phase"
          name={phase.name}
          index={index}
          count={count}
          onMove={onMove}
          onRemove={onRemove}
          canRemove={count > 1}
        />
      </div>
      <div className={styles.grid}>
        <FormField isBoxed id={`${id}-name`} label={label('phaseName')} error={errors[`${path}.name`]}>
          <Input id={`${id}-name`} value={phase.name} onChange={(name) => onChange({ ...phase, name })} />
        </FormField>
        <FormField
          isBoxed
          id={`${id}-days`}
          label={label('durationDays')}
          error={errors[`${path}.durationDays`]}
        >
          <Input
            id={`${id}-days`}
            inputMode="numeric"
            value={phase.durationDays}
            onChange={(durationDays) => onChange({ ...phase, durationDays })}
          />
        </FormField>
        <FormField isBoxed id={`${id}-owner`} label={label('ownerRole')} error={errors[`${path}.ownerRole`]}>
          <Input
            id={`${id}-owner`}
            value={phase.ownerRole}
            onChange={(ownerRole) => onChange({ ...phase, ownerRole })}
          />
        </FormField>
        <FormField
          isBoxed
          id={`${id}-partner`}
          label={label('partnerRole')}
          error={errors[`${path}.partnerRole`]}
        >
          <Input
            id={`${id}-partner`}
            value={phase.partnerRole}
            onChange={(partnerRole) => onChange({ ...phase, partnerRole })}
          />
        </FormField>
      </div>
      <ConditionFields
        owner={heading}
        segments={phase.segments}
        flags={phase.flags}
        onChange={(condition) => onChange({ ...phase, ...condition })}
      />
      {errors[`${path}.tasks`] ? (
        <p className={styles.error} role="alert">
          {errors[`${path}.tasks`]}
        </p>
      ) : null}
      <ol className={styles.tasks}>
        {phase.tasks.map((task, taskIndex) => (
          <TaskEditor
            key={task.key}
            task={task}
            index={taskIndex}
            count={phase.tasks.length}
            path={`${path}.tasks.${taskIndex}`}
            errors={errors}
            onChange={(next) => setTasks(replacedAt(phase.tasks, taskIndex, next))}
            onMove={(delta) => setTasks(moved(phase.tasks, taskIndex, delta))}
            onRemove={() => setTasks(removedAt(phase.tasks, taskIndex))}
          />
        ))}
      </ol>
      <Button
        fill="outline"
        aria-label={t('ui.templateEditor.addTaskTo', {
          name: phase.name.trim() || t('ui.templateEditor.untitled'),
        })}
        onClick={() => setTasks([...phase.tasks, blankTask()])}
      >
        <AddOutline aria-hidden="true" /> {t('ui.templateEditor.addTask')}
      </Button>
    </section>
  );
}
