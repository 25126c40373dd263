/** 添加平台连接: choose the platform, then the inputs its part of the shared schema asks for; secrets stay masked. */

import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import form from '@miniapp/components/form-page.module.css';
import { PageHeader } from '@miniapp/components/PageHeader';
import { showSuccess } from '@miniapp/components/toast';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import { type Platform, platforms } from '@shared/domain/platforms';
import { parseLocalized } from '@shared/i18n/validation';
import { connectionCreate } from '@shared/schemas/platform';
import Button from 'antd-mobile/es/components/button';
import Input from 'antd-mobile/es/components/input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCreateConnection } from '../api';
import styles from '../components/connections.module.css';
import {
  type ConnectionField,
  type ConnectionFormValues,
  connectionBody,
  connectionFields,
  type FieldGroup,
  fieldForPath,
} from '../connection-fields';

const groups: FieldGroup[] = ['app', 'callback', 'advanced'];

export function ConnectionFormPage() {
  const { t } = useTranslation();
  const [platform, setPlatform] = useState<Platform>('dingtalk');
  const options = platforms.map((value) => ({ value, label: t(`ui.platforms.${value}`) }));
  return (
    <main>
      <PageHeader title={t('ui.connections.form.title')} backFallback="/me/connections" />
      <div className={styles.platformPicker}>
        <p className={styles.pickerLabel} aria-hidden="true">
          {t('ui.connections.form.platform')}
        </p>
        <SingleChoiceChips
          label={t('ui.connections.form.platform')}
          options={options}
          value={platform}
          onChange={(value) => value && setPlatform(value)}
        />
      </div>
      {/* A new form per platform: the inputs and their values differ. */}
      <ConnectionForm key={platform} platform={platform} />
    </main>
  );
}

function ConnectionForm({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<ConnectionFormValues>(
    platform === 'dingtalk' ? { events: 'http' } : {},
  );
  const { errors, target, clear } = useFieldErrors();
  const create = useCreateConnection();
  const fields = connectionFields(platform, { events: values.events });
  const fieldFor = fieldForPath(platform);
  const change = (name: string, text: string) => {
    setValues((current) => ({ ...current, [name]: text }));
    clear([name]);
  };

  function submit(): void {
    const parsed = parseLocalized(connectionCreate, connectionBody(platform, values), t);
    if (!parsed.ok) {
      reportInvalid(target, parsed.fields, fieldFor);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.connections.form.created'));
        void navigate('/me/connections', { replace: true });
      },
      onError: (error) => reportSubmitError(target, error, fieldFor),
    });
  }

  return (
    <form
      className={form.form}
      aria-label={t('ui.connections.form.title')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {groups.map((group) => (
        <FieldGroupInputs
          key={group}
          group={group}
          platform={platform}
          fields={fields.filter((field) => field.group === group)}
          values={values}
          errors={errors}
          onChange={change}
        />
      ))}
      <div className={form.footer}>
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={create.isPending}>
          {t('ui.connections.form.submit')}
        </Button>
      </div>
    </form>
  );
}

interface FieldGroupInputsProps {
  group: FieldGroup;
  platform: Platform;
  fields: ConnectionField[];
  values: ConnectionFormValues;
  errors: Record<string, string>;
  onChange: (name: string, text: string) => void;
}

function FieldGroupInputs({ group, platform, fields, values, errors, onChange }: FieldGroupInputsProps) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  const headingId = `connection-group-${group}`;
  return (
    <section className={form.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={form.sectionTitle}>
        {t(`ui.connections.form.groups.${group}`)}
      </h2>
      {fields.map((field) => (
        <FormField
          key={field.name}
          id={`connection-${field.name}`}
          label={t(`ui.connections.fields.${field.name}`)}
          hint={t(`ui.connections.hints.${platform}.${field.name}`)}
          error={errors[field.name]}
          isRequired={field.isRequired}
          isBoxed
        >
          {field.choices ? (
            <SingleChoiceChips
              label={t(`ui.connections.fields.${field.name}`)}
              options={field.choices.map((value) => ({
                value,
                label: t(`ui.connections.choices.${field.name}.${value}`),
              }))}
              value={values[field.name]}
              onChange={(value) => value && onChange(field.name, value)}
            />
          ) : (
            <Input
              id={`connection-${field.name}`}
              value={values[field.name] ?? ''}
              onChange={(text) => onChange(field.name, text)}
              type={field.isSecret ? 'password' : 'text'}
              inputMode={field.name === 'agentId' ? 'numeric' : field.name === 'baseUrl' ? 'url' : 'text'}
              autoComplete={field.isSecret ? 'new-password' : 'off'}
              autoCapitalize="off"
            />
          )}
        </FormField>
      ))}
    </section>
  );
}
