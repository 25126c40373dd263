/** New and edit customer screens: the shared schema checks first, then the server; its field errors land on inputs. */
import { type ErrorTarget, reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { safeAppPath, withParam } from '@miniapp/lib/return-to';
import { useGoBack } from '@miniapp/lib/use-go-back';
import { parseLocalized } from '@shared/i18n/validation';
import { type Customer, customerCreate, customerUpdate } from '@shared/schemas/customers';
import Dialog from 'antd-mobile/es/components/dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCreateCustomer, useCustomer, useUpdateCustomer } from '../api';
import { CustomerForm } from '../components/CustomerForm';
import {
  blankCustomer,
  type CustomerFormValues,
  fieldForPath,
  formValuesOf,
  rawBodyOf,
} from '../form-values';
import styles from './customer-form-page.module.css';

export function CustomerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCustomer();
  const [params] = useSearchParams();
  // Started from a picker ("新建客户「…」"): the typed name is the start, and the new customer goes back there.
  const returnTo = safeAppPath(params.get('returnTo'));
  const [initialValues] = useState(() => ({ ...blankCustomer, name: params.get('name') ?? '' }));

  function submit(values: CustomerFormValues, errorsAt: ErrorTarget): void {
    const parsed = parseLocalized(customerCreate, rawBodyOf(values), t);
    if (!parsed.ok) {
      reportInvalid(errorsAt, parsed.fields, fieldForPath);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (created) => {
        showSuccess(t('ui.customers.form.created'));
        const next = returnTo ? withParam(returnTo, 'newCustomerId', created.id) : `/customers/${created.id}`;
        void navigate(next, { replace: true });
      },
      onError: (error) => reportSubmitError(errorsAt, error, fieldForPath),
    });
  }

  return (
    <main className={styles.page}>
      <PageHeader title={t('ui.customers.form.createTitle')} backFallback={returnTo ?? '/customers'} />
      <CustomerForm
        initialValues={initialValues}
        submitLabel={t('ui.customers.form.submitCreate')}
        isSubmitting={create.isPending}
        onSubmit={submit}
      />
    </main>
  );
}

export function CustomerEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const customer = useCustomer(id);
  const [formKey, setFormKey] = useState(0);

  async function reload(): Promise<void> {
    await customer.refetch();
    setFormKey((key) => key + 1);
  }

  return (
    <main className={styles.page}>
      <PageHeader title={t('ui.customers.form.editTitle')} backFallback={`/customers/${id}`} />
      <PageState
        isLoading={customer.isPending}
        error={customer.data ? null : customer.error}
        onRetry={() => void customer.refetch()}
        skeletonRows={3}
      >
        {customer.data ? (
          // After "reload" the form remounts with the fresh values and version.
          <EditCustomerForm key={formKey} customer={customer.data} onReload={() => void reload()} />
        ) : null}
      </PageState>
    </main>
  );
}

function EditCustomerForm({ customer, onReload }: { customer: Customer; onReload: () => void }) {
  const { t } = useTranslation();
  const goBack = useGoBack(`/customers/${customer.id}`);
  const update = useUpdateCustomer(customer.id);

  async function offerReload(): Promise<void> {
    const shouldReload = await Dialog.confirm({
      title: t('ui.customers.form.conflictTitle'),
      content: t('ui.customers.form.conflictBody'),
      confirmText: t('ui.common.reload'),
      cancelText: t('ui.common.cancel'),
    });
    if (shouldReload) onReload();
  }

  function submit(values: CustomerFormValues, errorsAt: ErrorTarget): void {
    const parsed = parseLocalized(customerUpdate, { ...rawBodyOf(values), version: customer.version }, t);
    if (!parsed.ok) {
      reportInvalid(errorsAt, parsed.fields, fieldForPath);
      return;
    }
    update.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.customers.form.saved'));
        goBack();
      },
      onError: (error) => {
        if (isApiError(error, 'VERSION_CONFLICT')) void offerReload();
        else reportSubmitError(errorsAt, error, fieldForPath);
      },
    });
  }

  return (
    <CustomerForm
      initialValues={formValuesOf(customer, t('ui.customers.form.tagJoiner'))}
      submitLabel={t('ui.customers.form.submitEdit')}
      isSubmitting={update.isPending}
      onSubmit={submit}
    />
  );
}
