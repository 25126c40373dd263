/** 新建项目: customer, template (the one for the customer's size first), dates and SMART goals; the owner is me. */
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showSuccess } from '@miniapp/components/toast';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import { parseLocalized } from '@shared/i18n/validation';
import { projectCreate } from '@shared/schemas/implementation';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCreateProject, useCustomerById, useTemplates } from '../api';
import { newClientId } from '../client-id';
import { ProjectForm } from '../components/ProjectForm';
import styles from '../components/project-form.module.css';
import { todayDate } from '../dates';
import { blankGoal, fieldForPath, type ProjectFormValues, rawBodyOf, templatesFor } from '../project-form';

export function ProjectCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [clientId] = useState(newClientId);
  const [values, setValues] = useState<ProjectFormValues>(() => ({
    customerId: search.get('customerId') ?? undefined,
    startDate: todayDate(),
    goals: [blankGoal()],
  }));
  const [isTemplatePicked, setTemplatePicked] = useState(false);
  const { errors, target: errorsAt, clear } = useFieldErrors();
  const templates = useTemplates();
  const create = useCreateProject();
  const customer = useCustomerById(values.customerId);
  const ordered = templatesFor(templates.data ?? [], customer.data?.segment);

  // The template made for the chosen customer's size is the likely one: pick it until the person picks another.
  const recommendedId = ordered.find((template) => template.segment === customer.data?.segment)?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly recommended template replaces the choice
  useEffect(() => {
    if (recommendedId && !isTemplatePicked) {
      setValues((current) => ({ ...current, templateId: recommendedId }));
      clear(['templateId']);
    }
  }, [recommendedId]);

  const change = (patch: Partial<ProjectFormValues>) => {
    if (patch.templateId) setTemplatePicked(true);
    setValues((current) => ({ ...current, ...patch }));
    clear(Object.keys(patch));
  };

  function submit(): void {
    const parsed = parseLocalized(projectCreate, rawBodyOf(values, clientId), t);
    if (!parsed.ok) {
      reportInvalid(errorsAt, parsed.fields, fieldForPath);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (project) => {
        showSuccess(t('ui.implementation.create.created'));
        void navigate(`/implementation/projects/${project.id}`, { replace: true });
      },
      onError: (error) => reportSubmitError(errorsAt, error, fieldForPath),
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
        <ProjectForm
          values={values}
          errors={errors}
          onChange={change}
          templates={ordered}
          segment={customer.data?.segment}
          isSubmitting={create.isPending}
          onSubmit={submit}
        />
      </PageState>
    </main>
  );
}
