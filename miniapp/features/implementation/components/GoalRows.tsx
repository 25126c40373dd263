/** SMART goals of a new project: a metric with where the customer is now, where we promise to get, and the unit. */
import { FormField } from '@miniapp/components/FormField';
import form from '@miniapp/components/form-page.module.css';
import Button from 'antd-mobile/es/components/button';
import Input from 'antd-mobile/es/components/input';
import { AddOutline, DeleteOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { blankGoal, type GoalRow } from '../project-form';
import styles from './project-form.module.css';

const figures = ['baseline', 'target', 'unit'] as const;

interface GoalRowsProps {
  goals: GoalRow[];
  onChange: (goals: GoalRow[]) => void;
}

export function GoalRows({ goals, onChange }: GoalRowsProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`ui.implementation.goals.${field}`);
  const change = (index: number, patch: Partial<GoalRow>) =>
    onChange(goals.map((goal, at) => (at === index ? { ...goal, ...patch } : goal)));
  return (
    <section className={form.section} aria-labelledby="project-goals">
      <h2 id="project-goals" className={styles.goalsHeader}>
        {label('title')}
      </h2>
      {goals.map((goal, index) => {
        const id = `project-goal-${goal.key}`;
        return (
          <fieldset
            key={goal.key}
            className={styles.goalRow}
            aria-label={t('ui.implementation.goals.row', { n: index + 1 })}
          >
            <FormField id={`${id}-metric`} label={label('metric')} isBoxed>
              <Input
                id={`${id}-metric`}
                value={goal.metric ?? ''}
                onChange={(metric) => change(index, { metric })}
                placeholder={label('metricPlaceholder')}
              />
            </FormField>
            <div className={styles.goalFigures}>
              {figures.map((figure) => (
                <FormField key={figure} id={`${id}-${figure}`} label={label(figure)} isBoxed>
                  <Input
                    id={`${id}-${figure}`}
                    value={goal[figure] ?? ''}
                    onChange={(text) => change(index, { [figure]: text })}
                    {...(figure === 'unit'
                      ? { placeholder: label('unitPlaceholder') }
                      : { inputMode: 'decimal' as const })}
                  />
                </FormField>
              ))}
            </div>
            <div>
              <Button size="mini" fill="none" onClick={() => onChange(goals.filter((_, at) => at !== index))}>
                <DeleteOutline aria-hidden="true" /> {label('remove')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <div>
        <Button size="small" fill="none" color="primary" onClick={() => onChange([...goals, blankGoal()])}>
          <AddOutline aria-hidden="true" /> {label('add')}
        </Button>
      </div>
    </section>
  );
}
