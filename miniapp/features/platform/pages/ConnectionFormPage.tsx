/** 添加平台连接: choose the platform, then the inputs its part of the shared schema asks for; secrets stay masked. */

import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { PageHeader } from '@miniapp/components/PageHeader';
import { showSuccess } from '@miniapp/components/toast';
import { type Platform, platforms } from '@shared/domain/platforms';
import { parseLocalized } from '@shared/i18n/validation';
import { connectionCreate } from '@shared/schemas/platform';
import { Button, Form, Input } from 'antd-mobile';
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
  const [form] = Form.useForm<ConnectionFormValues>();
  const create = useCreateConnection();
  const events = Form.useWatch('events', form) ?? (platform === 'dingtalk' ? 'http' : undefined);
  const fields = connectionFields(platform, { events });
  const fieldFor = fieldForPath(platform);

  function submit(values: ConnectionFormValues): void {
    const parsed = parseLocalized(connectionCreate, connectionBody(platform, values), t);
    if (!parsed.ok) {
      reportInvalid(form, parsed.fields, fieldFor);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.connections.form.created'));
        void navigate('/me/connections', { replace: true });
      },
      onError: (error) => reportSubmitError(form, error, fieldFor),
    });
  }

  return (
    <Form
      form={form}
      name={`connection-${platform}`}
      initialValues={platform === 'dingtalk' ? { events: 'http' } : {}}
      onFinish={submit}
      // A problem shown at an input goes away as soon as the person edits that input.
      onValuesChange={(changed: ConnectionFormValues) =>
        form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })))
      }
      className={styles.form}
      footer={
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={create.isPending}>
          {t('ui.connections.form.submit')}
        </Button>
      }
    >
      {groups.map((group) => (
        <FieldGroupInputs
          key={group}
          group={group}
          platform={platform}
          fields={fields.filter((field) => field.group === group)}
        />
      ))}
    </Form>
  );
}

function FieldGroupInputs({
  group,
  platform,
  fields,
}: {
  group: FieldGroup;
  platform: Platform;
  fields: ConnectionField[];
}) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <>
      <Form.Header>{t(`ui.connections.form.groups.${group}`)}</Form.Header>
      {fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={t(`ui.connections.fields.${field.name}`)}
          description={t(`ui.connections.hints.${platform}.${field.name}`)}
          required={field.isRequired}
        >
          {field.choices ? (
            <SingleChoiceChips
              label={t(`ui.connections.fields.${field.name}`)}
              options={field.choices.map((value) => ({
                value,
                label: t(`ui.connections.choices.${field.name}.${value}`),
              }))}
            />
          ) : (
            <Input
              type={field.isSecret ? 'password' : 'text'}
              inputMode={field.name === 'agentId' ? 'numeric' : field.name === 'baseUrl' ? 'url' : 'text'}
              autoComplete={field.isSecret ? 'new-password' : 'off'}
              autoCapitalize="off"
            />
          )}
        </Form.Item>
      ))}
    </>
  );
}
