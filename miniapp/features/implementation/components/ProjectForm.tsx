/** The 新建项目 form: customer, template, dates, owner and SMART goals; the page holds the values and decides what a submit does. */

import { FormField } from '@miniapp/components/FormField';
import form from '@miniapp/components/form-page.module.css';
import { useCurrentUser } from '@miniapp/lib/current-user';
import type { Segment } from '@shared/domain/customers';
import type { FieldErrors } from '@shared/i18n/validation';
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import type { ProjectFormValues } from '../project-form';
import type { Template } from '../types';
import { GoalRows } from './GoalRows';
import { ClearableDateField, CustomerPicker, DateField, TemplateChooser } from './ProjectFormFields';
import styles from './project-form.module.css';

interface ProjectFormProps {
  values: ProjectFormValues;
  errors: FieldErrors;
  onChange: (patch: Partial<ProjectFormValues>) => void;
  templates: Template[];
  segment: Segment | undefined;
  isSubmitting: boolean;
  onSubmit: () => void;
}

export function ProjectForm({
  values,
  errors,
  onChange,
  templates,
  segment,
  isSubmitting,
  onSubmit,
}: ProjectFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const label = (field: string) => t(`ui.implementation.create.fields.${field}`);
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div className={form.section}>
        <FormField id="project-customerId" label={label('customer')} error={errors.customerId} isRequired>
          <CustomerPicker
            id="project-customerId"
            label={label('customer')}
            value={values.customerId}
            onChange={(customerId) => onChange({ customerId })}
          />
        </FormField>
        <FormField id="project-templateId" label={label('template')} error={errors.templateId} isRequired>
          <TemplateChooser
            id="project-templateId"
            templates={templates}
            segment={segment}
            label={label('template')}
            value={values.templateId}
            onChange={(templateId) => onChange({ templateId })}
          />
        </FormField>
        <FormField id="project-startDate" label={label('startDate')} error={errors.startDate} isRequired>
          <DateField
            id="project-startDate"
            label={label('startDate')}
            placeholder={t('ui.implementation.create.chooseDate')}
            value={values.startDate}
            onChange={(startDate) => onChange({ startDate })}
          />
        </FormField>
        <FormField
          id="project-goLiveTarget"
          label={label('goLiveTarget')}
          hint={t('ui.implementation.create.goLiveHint')}
          error={errors.goLiveTarget}
        >
          <ClearableDateField
            id="project-goLiveTarget"
            label={label('goLiveTarget')}
            placeholder={t('ui.implementation.create.chooseDate')}
            value={values.goLiveTarget}
            onChange={(goLiveTarget) => onChange({ goLiveTarget })}
          />
        </FormField>
        <FormField id="project-owner" label={label('owner')}>
          <output id="project-owner" className={styles.readOnly}>
            {t('ui.implementation.create.ownerIsMe', { name: me.name })}
          </output>
        </FormField>
      </div>
      <GoalRows goals={values.goals} onChange={(goals) => onChange({ goals })} />
      <div className={form.footer}>
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={isSubmitting}>
          {t('ui.implementation.create.submit')}
        </Button>
      </div>
    </form>
  );
}
