/** At acceptance the owner records where each goal actually landed; the server says which were met. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { FormField } from '@miniapp/components/FormField';
import { SheetForm } from '@miniapp/components/SheetForm';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import Input from 'antd-mobile/es/components/input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateGoals } from '../api';
import type { Goal, Project } from '../types';

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
    <SheetFrame isOpen={isOpen} onClose={onClose}>
      <ActualsForm project={project} onClose={onClose} />
    </SheetFrame>
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
    <SheetForm
      title={t('ui.implementation.goals.recordActuals')}
      onSubmit={save}
      primary={{ label: t('ui.implementation.goals.saveActuals'), isDisabled: !isValid }}
      secondary={{ label: t('ui.common.cancel'), onClick: onClose }}
      isBusy={update.isPending}
    >
      {project.goals.map((goal, index) => (
        <FormField
          key={goal.id}
          id={`goal-actual-${goal.id}`}
          label={t('ui.implementation.goals.actualOf', {
            metric: goal.metric,
            target: goal.target,
            unit: goal.unit,
          })}
          error={figures[index] === undefined ? t('validation.notANumber') : undefined}
          isBoxed
        >
          <Input
            id={`goal-actual-${goal.id}`}
            inputMode="decimal"
            value={texts[index] ?? ''}
            onChange={(text) => setTexts((current) => current.map((old, at) => (at === index ? text : old)))}
          />
        </FormField>
      ))}
    </SheetForm>
  );
}
