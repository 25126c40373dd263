/** At acceptance the owner records where each goal actually landed; the server says which were met. */
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { Button, Input, Popup } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateGoals } from '../api';
import type { Goal, Project } from '../types';
import styles from './evidence.module.css';

function figureOf(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function GoalActuals({
  project,
  isOpen,
  onClose,
}: {
  project: Project;
  isOpen: boolean;
  onClose: () => void;
}) {
  return (
    <Popup
      visible={isOpen}
      onMaskClick={onClose}
      onClose={onClose}
      bodyClassName={styles.sheet}
      destroyOnClose
    >
      <ActualsForm project={project} onClose={onClose} />
    </Popup>
  );
}

function ActualsForm({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateGoals(project.id);
  const [texts, setTexts] = useState(() =>
    project.goals.map((goal) => (goal.actual === null ? '' : String(goal.actual))),
  );
  const figures = texts.map(figureOf);
  const isValid = figures.every((figure) => figure !== undefined);

  function save(): void {
    const goals: Goal[] = project.goals.map((goal, index) => ({ ...goal, actual: figures[index] ?? null }));
    update.mutate(goals, {
      onSuccess: () => {
        showSuccess(t('ui.implementation.goals.saved'));
        onClose();
      },
      onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
    });
  }

  return (
    <form
      className={styles.form}
      aria-labelledby="actuals-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (isValid) save();
      }}
    >
      <h2 id="actuals-title" className={styles.title}>
        {t('ui.implementation.goals.recordActuals')}
      </h2>
      {project.goals.map((goal, index) => (
        <div key={goal.id} className={styles.field}>
          <label htmlFor={`goal-actual-${goal.id}`}>
            {t('ui.implementation.goals.actualOf', {
              metric: goal.metric,
              target: goal.target,
              unit: goal.unit,
            })}
          </label>
          <Input
            id={`goal-actual-${goal.id}`}
            inputMode="decimal"
            value={texts[index] ?? ''}
            onChange={(text) => setTexts((current) => current.map((old, at) => (at === index ? text : old)))}
          />
          {figures[index] === undefined ? (
            <span className={styles.error} role="alert">
              {t('validation.notANumber')}
            </span>
          ) : null}
        </div>
      ))}
      <div className={styles.actions}>
        <Button shape="rounded" onClick={onClose}>
          {t('ui.common.cancel')}
        </Button>
        <Button type="submit" color="primary" shape="rounded" disabled={!isValid} loading={update.isPending}>
          {t('ui.implementation.goals.saveActuals')}
        </Button>
      </div>
    </form>
  );
}
