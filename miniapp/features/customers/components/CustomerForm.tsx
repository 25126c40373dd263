/** The customer form's inputs and layout, shared by "new" and "edit"; the pages decide what a submit does. */
import { MultipleChoiceChips, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { Button, Form, Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { CustomerFormValues } from '../form-values';
import { flagOptions, segmentOptions, tierOptions } from '../options';
import styles from './customer-form.module.css';
import { PlaceFields } from './PlaceFields';

export type CustomerFormInstance = ReturnType<typeof Form.useForm<CustomerFormValues>>[0];

interface CustomerFormProps {
  form: CustomerFormInstance;
  initialValues: CustomerFormValues;
  submitLabel: string;
  isSubmitting: boolean;
  onSubmit: (values: CustomerFormValues) => void;
}

export function CustomerForm({
  form,
  initialValues,
  submitLabel,
  isSubmitting,
  onSubmit,
}: CustomerFormProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`ui.customers.fields.${field}`);
  const placeholder = (field: string) => t(`ui.customers.placeholders.${field}`);
  return (
    <Form
      form={form}
      name="customer"
      initialValues={initialValues}
      onFinish={onSubmit}
      className={styles.form}
      footer={
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={isSubmitting}>
          {submitLabel}
        </Button>
      }
    >
      <Form.Header>{t('ui.customers.form.basics')}</Form.Header>
      <Form.Item name="name" label={label('name')} required>
        <Input placeholder={placeholder('name')} autoComplete="off" />
      </Form.Item>
      <Form.Item name="industry" label={label('industry')}>
        <Input placeholder={placeholder('industry')} autoComplete="off" />
      </Form.Item>
      <Form.Item name="segment" label={label('segment')} required>
        <SingleChoiceChips label={label('segment')} options={segmentOptions(t)} />
      </Form.Item>
      <Form.Item name="tier" label={label('tier')} required>
        <SingleChoiceChips label={label('tier')} options={tierOptions(t)} />
      </Form.Item>
      <Form.Item name="flags" label={label('flags')} description={t('ui.customers.form.flagsHint')}>
        <MultipleChoiceChips label={label('flags')} options={flagOptions(t)} />
      </Form.Item>
      <Form.Header>{t('ui.customers.form.business')}</Form.Header>
      <Form.Item name="contractValue" label={label('contractValue')}>
        <Input type="text" inputMode="decimal" placeholder={placeholder('contractValue')} />
      </Form.Item>
      <Form.Item name="tags" label={label('tags')} description={t('ui.customers.form.tagsHint')}>
        <Input placeholder={placeholder('tags')} autoComplete="off" />
      </Form.Item>
      <PlaceFields form={form} />
    </Form>
  );
}
