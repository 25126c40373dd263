/** The customer form's inputs and layout, shared by "new" and "edit"; the pages decide what a submit does. */
import { MultipleChoiceChips, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import type { ErrorTarget } from '@miniapp/components/form-errors';
import form from '@miniapp/components/form-page.module.css';
import { TextField } from '@miniapp/components/TextField';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import Button from 'antd-mobile/es/components/button';
import Input from 'antd-mobile/es/components/input';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerFormValues } from '../form-values';
import { flagOptions, segmentOptions, tierOptions } from '../options';
import { PlaceFields } from './PlaceFields';

interface CustomerFormProps {
  initialValues: CustomerFormValues;
  submitLabel: string;
  isSubmitting: boolean;
  /** `errorsAt` is where the page puts the schema's or the server's field problems. */
  onSubmit: (values: CustomerFormValues, errorsAt: ErrorTarget) => void;
}

export function CustomerForm({ initialValues, submitLabel, isSubmitting, onSubmit }: CustomerFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const { errors, target, clear } = useFieldErrors();
  const change = (patch: Partial<CustomerFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    clear(Object.keys(patch));
  };
  const label = (field: string) => t(`ui.customers.fields.${field}`);
  const placeholder = (field: string) => t(`ui.customers.placeholders.${field}`);
  return (
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(values, target);
      }}
    >
      <FormSection id="customer-basics" title={t('ui.customers.form.basics')}>
        <TextField
          id="customer-name"
          label={label('name')}
          value={values.name}
          onChange={(name) => change({ name })}
          placeholder={placeholder('name')}
          error={errors.name}
          isRequired
          isBoxed
        />
        <TextField
          id="customer-industry"
          label={label('industry')}
          value={values.industry}
          onChange={(industry) => change({ industry })}
          placeholder={placeholder('industry')}
          error={errors.industry}
          isBoxed
        />
        <FormField id="customer-segment" label={label('segment')} error={errors.segment} isRequired>
          <SingleChoiceChips
            id="customer-segment"
            label={label('segment')}
            options={segmentOptions(t)}
            value={values.segment}
            onChange={(segment) => change({ segment })}
          />
        </FormField>
        <FormField id="customer-tier" label={label('tier')} error={errors.tier} isRequired>
          <SingleChoiceChips
            id="customer-tier"
            label={label('tier')}
            options={tierOptions(t)}
            value={values.tier}
            onChange={(tier) => change({ tier })}
          />
        </FormField>
        <FormField
          id="customer-flags"
          label={label('flags')}
          hint={t('ui.customers.form.flagsHint')}
          error={errors.flags}
        >
          <MultipleChoiceChips
            id="customer-flags"
            label={label('flags')}
            options={flagOptions(t)}
            value={values.flags}
            onChange={(flags) => change({ flags })}
          />
        </FormField>
      </FormSection>
      <FormSection id="customer-business" title={t('ui.customers.form.business')}>
        <FormField
          id="customer-contractValue"
          label={label('contractValue')}
          error={errors.contractValue}
          isBoxed
        >
          <Input
            id="customer-contractValue"
            type="text"
            inputMode="decimal"
            value={values.contractValue}
            onChange={(contractValue) => change({ contractValue })}
            placeholder={placeholder('contractValue')}
          />
        </FormField>
        <TextField
          id="customer-tags"
          label={label('tags')}
          value={values.tags}
          onChange={(tags) => change({ tags })}
          placeholder={placeholder('tags')}
          hint={t('ui.customers.form.tagsHint')}
          error={errors.tags}
          isBoxed
        />
      </FormSection>
      <FormSection id="customer-place" title={t('ui.customers.form.place')}>
        <PlaceFields values={values} errors={errors} onChange={change} />
      </FormSection>
      <div className={form.footer}>
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={form.section} aria-labelledby={id}>
      <h2 id={id} className={form.sectionTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}
