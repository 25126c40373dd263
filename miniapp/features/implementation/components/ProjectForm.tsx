/** The 新建项目 form: customer, template, dates, owner and SMART goals; the page decides what a submit does. */

import { useCurrentUser } from '@miniapp/lib/current-user';
import type { Segment } from '@shared/domain/customers';
import { Button, Form, Input } from 'antd-mobile';
import { AddOutline, DeleteOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { todayDate } from '../dates';
import type { ProjectFormValues } from '../project-form';
import type { Template } from '../types';
import { ClearableDateField, CustomerPicker, DateField, TemplateChooser } from './ProjectFormFields';
import styles from './project-form.module.css';

export type ProjectFormInstance = ReturnType<typeof Form.useForm<ProjectFormValues>>[0];

interface ProjectFormProps {
  form: ProjectFormInstance;
  templates: Template[];
  segment: Segment | undefined;
  initialCustomerId: string | undefined;
  isSubmitting: boolean;
  onSubmit: (values: ProjectFormValues) => void;
}

export function ProjectForm({
  form,
  templates,
  segment,
  initialCustomerId,
  isSubmitting,
  onSubmit,
}: ProjectFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const label = (field: string) => t(`ui.implementation.create.fields.${field}`);
  return (
    <Form
      form={form}
      name="project"
      initialValues={{
        customerId: initialCustomerId,
        startDate: todayDate(),
        goals: [{}],
      }}
      onFinish={onSubmit}
      footer={
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={isSubmitting}>
          {t('ui.implementation.create.submit')}
        </Button>
      }
    >
      <Form.Item name="customerId" label={label('customer')} required>
        <CustomerPicker label={label('customer')} />
      </Form.Item>
      <Form.Item name="templateId" label={label('template')} required>
        <TemplateChooser templates={templates} segment={segment} label={label('template')} />
      </Form.Item>
      <Form.Item name="startDate" label={label('startDate')} required>
        <DateField label={label('startDate')} placeholder={t('ui.implementation.create.chooseDate')} />
      </Form.Item>
      <Form.Item
        name="goLiveTarget"
        label={label('goLiveTarget')}
        description={t('ui.implementation.create.goLiveHint')}
      >
        <ClearableDateField
          label={label('goLiveTarget')}
          placeholder={t('ui.implementation.create.chooseDate')}
        />
      </Form.Item>
      <Form.Item label={label('owner')}>
        <span className={styles.readOnly}>{t('ui.implementation.create.ownerIsMe', { name: me.name })}</span>
      </Form.Item>
      <GoalRows />
    </Form>
  );
}

/** SMART goals: a metric with where the customer is now, where we promise to get, and the unit. */
function GoalRows() {
  const { t } = useTranslation();
  const label = (field: string) => t(`ui.implementation.goals.${field}`);
  return (
    <Form.Array
      name="goals"
      renderHeader={() => <span className={styles.goalsHeader}>{t('ui.implementation.goals.title')}</span>}
      renderAdd={() => (
        <span className={styles.addGoal}>
          <AddOutline aria-hidden="true" /> {t('ui.implementation.goals.add')}
        </span>
      )}
    >
      {(fields, { remove }) =>
        fields.map(({ index }) => (
          <fieldset
            key={index}
            className={styles.goalRow}
            aria-label={t('ui.implementation.goals.row', { n: index + 1 })}
          >
            <Form.Item name={[index, 'metric']} label={label('metric')}>
              <Input
                placeholder={t('ui.implementation.goals.metricPlaceholder')}
                aria-label={label('metric')}
              />
            </Form.Item>
            <div className={styles.goalFigures}>
              <Form.Item name={[index, 'baseline']} label={label('baseline')}>
                <Input inputMode="decimal" aria-label={label('baseline')} />
              </Form.Item>
              <Form.Item name={[index, 'target']} label={label('target')}>
                <Input inputMode="decimal" aria-label={label('target')} />
              </Form.Item>
              <Form.Item name={[index, 'unit']} label={label('unit')}>
                <Input
                  placeholder={t('ui.implementation.goals.unitPlaceholder')}
                  aria-label={label('unit')}
                />
              </Form.Item>
            </div>
            <Button size="mini" fill="none" onClick={() => remove(index)}>
              <DeleteOutline aria-hidden="true" /> {t('ui.implementation.goals.remove')}
            </Button>
          </fieldset>
        ))
      }
    </Form.Array>
  );
}
