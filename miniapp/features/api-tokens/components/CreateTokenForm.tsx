/** 新建令牌: a name, read or read-write, and how long it works; the shared schema checks it before sending. */

import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { parseLocalized } from '@shared/i18n/validation';
import {
  type ApiTokenScope,
  apiTokenCreate,
  apiTokenScopes,
  type CreatedApiToken,
} from '@shared/schemas/api-tokens';
import { Button, Form, Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useCreateApiToken } from '../api';
import { type ExpiryChoice, expiresAtFor, expiryChoices } from '../expiry';

interface FormValues {
  name?: string;
  scope?: ApiTokenScope;
  expiry?: ExpiryChoice;
}

const fieldFor = (path: string) => {
  const [head = ''] = path.split('.');
  if (head === 'expiresAt') return 'expiry';
  return head === 'name' || head === 'scope' ? head : undefined;
};

export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateApiToken();
  const scope = Form.useWatch('scope', form) ?? 'read';

  function submit(values: FormValues): void {
    const body = {
      name: values.name,
      scope: values.scope,
      expiresAt: expiresAtFor(values.expiry ?? 'never'),
    };
    const parsed = parseLocalized(apiTokenCreate, body, t);
    if (!parsed.ok) {
      reportInvalid(form, parsed.fields, fieldFor);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: onCreated,
      onError: (error) => reportSubmitError(form, error, fieldFor),
    });
  }

  return (
    <Form
      form={form}
      name="api-token"
      initialValues={{ scope: 'read', expiry: '90' }}
      onFinish={submit}
      onValuesChange={(changed: FormValues) =>
        form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })))
      }
      footer={
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={create.isPending}>
          {t('ui.apiTokens.create')}
        </Button>
      }
    >
      <Form.Item name="name" label={t('ui.apiTokens.name')} required>
        <Input placeholder={t('ui.apiTokens.namePlaceholder')} maxLength={50} clearable />
      </Form.Item>
      <Form.Item
        name="scope"
        label={t('ui.apiTokens.scope')}
        description={t(`ui.apiTokens.scopeHint.${scope}`)}
        required
      >
        <SingleChoiceChips
          label={t('ui.apiTokens.scope')}
          options={apiTokenScopes.map((value) => ({ value, label: t(`ui.apiTokens.scopes.${value}`) }))}
        />
      </Form.Item>
      <Form.Item name="expiry" label={t('ui.apiTokens.expiresAt')} required>
        <SingleChoiceChips
          label={t('ui.apiTokens.expiresAt')}
          options={expiryChoices.map((value) => ({ value, label: t(`ui.apiTokens.expiryDays.${value}`) }))}
        />
      </Form.Item>
    </Form>
  );
}
