/** 新建项目: customer, template (the one for the customer's size first), dates and SMART goals; the owner is me. */
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showSuccess } from '@miniapp/components/toast';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { parseLocalized } from '@shared/i18n/validation';
import { projectCreate } from '@shared/schemas/implementation';
import { Button, Form, Input } from 'antd-mobile';
import { AddOutline, DeleteOutline } from 'antd-mobile-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCreateProject, useCustomerById, useTemplates } from '../api';
import { newClientId } from '../client-id';
import {
  ClearableDateField,
  CustomerPicker,
  DateField,
  TemplateChooser,
} from '../components/ProjectFormFields';
import styles from '../components/project-form.module.css';
import { todayDate } from '../dates';
import { fieldForPath, type ProjectFormValues, rawBodyOf, templatesFor } from '../project-form';

export function ProjectCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [search] = useSearchParams();
  const [form] = Form.useForm<ProjectFormValues>();
  const [clientId] = useState(newClientId);
  const templates = useTemplates();
  const create = useCreateProject();
  const customerId = Form.useWatch('customerId', form);
  const customer = useCustomerById(customerId);
  const ordered = templatesFor(templates.data ?? [], customer.data?.segment);
  const label = (field: string) => t(`ui.implementation.create.fields.${field}`);

  // The template made for the chosen customer's size is the likely one: pick it until the person picks another.
  const recommendedId = ordered.find((template) => template.segment === customer.data?.segment)?.id;
  useEffect(() => {
    if (recommendedId && !form.isFieldTouched('templateId')) form.setFieldValue('templateId', recommendedId);
  }, [form, recommendedId]);

  function submit(values: ProjectFormValues): void {
    const parsed = parseLocalized(projectCreate, rawBodyOf(values, clientId), t);
    if (!parsed.ok) {
      reportInvalid(form, parsed.fields, fieldForPath);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (project) => {
        showSuccess(t('ui.implementation.create.created'));
        void navigate(`/implementation/projects/${project.id}`, { replace: true });
      },
      onError: (error) => reportSubmitError(form, error, fieldForPath),
    });
  }

  return (
    <main className={styles.page}>
      <PageHeader title={t('ui.implementation.create.title')} backFallback="/implementation" />
      <PageState
        isLoading={templates.isPending}
        error={templates.data ? null : templates.error}
        onRetry={() => void templates.refetch()}
        isEmpty={ordered.length === 0}
        empty={{
          title: t('ui.implementation.create.noTemplates'),
          description: t('ui.implementation.create.noTemplatesBody'),
        }}
      >
        <Form
          form={form}
          name="project"
          initialValues={{
            customerId: search.get('customerId') ?? undefined,
            startDate: todayDate(),
            goals: [{}],
          }}
          onFinish={submit}
          footer={
            <Button
              block
              type="submit"
              color="primary"
              shape="rounded"
              size="large"
              loading={create.isPending}
            >
              {t('ui.implementation.create.submit')}
            </Button>
          }
        >
          <Form.Item name="customerId" label={label('customer')} required>
            <CustomerPicker label={label('customer')} />
          </Form.Item>
          <Form.Item name="templateId" label={label('template')} required>
            <TemplateChooser templates={ordered} segment={customer.data?.segment} label={label('template')} />
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
            <span className={styles.readOnly}>
              {t('ui.implementation.create.ownerIsMe', { name: me.name })}
            </span>
          </Form.Item>
          <GoalRows />
        </Form>
      </PageState>
    </main>
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
