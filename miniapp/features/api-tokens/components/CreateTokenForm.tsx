/** 新建令牌: a name, read or read-write, and how long it works; the shared schema checks it before sending. */

import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { SheetForm } from '@miniapp/components/SheetForm';
import { TextField } from '@miniapp/components/TextField';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import { parseLocalized } from '@shared/i18n/validation';
import {
  type ApiTokenScope,
  apiTokenCreate,
  apiTokenScopes,
  type CreatedApiToken,
} from '@shared/schemas/api-tokens';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateApiToken } from '../api';
import { type ExpiryChoice, expiresAtFor, expiryChoices } from '../expiry';

interface FormValues {
  name: string;
  scope: ApiTokenScope;
  expiry: ExpiryChoice;
}

const fieldFor = (path: string) => {
  const [head = ''] = path.split('.');
  if (head === 'expiresAt') return 'expiry';
  return head === 'name' || head === 'scope' ? head : undefined;
};

export function CreateTokenForm({ onCreated }: { onCreated: (created: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>({ name: '', scope: 'read', expiry: '90' });
  const { errors, target, clear } = useFieldErrors();
  const create = useCreateApiToken();
  const change = <K extends keyof FormValues>(name: K, value: FormValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    clear([name]);
  };

  function submit(): void {
    const body = { name: values.name, scope: values.scope, expiresAt: expiresAtFor(values.expiry) };
    const parsed = parseLocalized(apiTokenCreate, body, t);
    if (!parsed.ok) {
      reportInvalid(target, parsed.fields, fieldFor);
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: onCreated,
      onError: (error) => reportSubmitError(target, error, fieldFor),
    });
  }

  return (
    <SheetForm
      title={t('ui.apiTokens.create')}
      onSubmit={submit}
      primary={{ label: t('ui.apiTokens.create') }}
      isBusy={create.isPending}
    >
      <TextField
        id="api-token-name"
        label={t('ui.apiTokens.name')}
        value={values.name}
        onChange={(text) => change('name', text)}
        placeholder={t('ui.apiTokens.namePlaceholder')}
        error={errors.name}
        isRequired
      />
      <FormField
        id="api-token-scope"
        label={t('ui.apiTokens.scope')}
        hint={t(`ui.apiTokens.scopeHint.${values.scope}`)}
        error={errors.scope}
        isRequired
      >
        <SingleChoiceChips
          label={t('ui.apiTokens.scope')}
          options={apiTokenScopes.map((value) => ({ value, label: t(`ui.apiTokens.scopes.${value}`) }))}
          value={values.scope}
          onChange={(value) => value && change('scope', value)}
        />
      </FormField>
      <FormField id="api-token-expiry" label={t('ui.apiTokens.expiresAt')} error={errors.expiry} isRequired>
        <SingleChoiceChips
          label={t('ui.apiTokens.expiresAt')}
          options={expiryChoices.map((value) => ({ value, label: t(`ui.apiTokens.expiryDays.${value}`) }))}
          value={values.expiry}
          onChange={(value) => value && change('expiry', value)}
        />
      </FormField>
    </SheetForm>
  );
}
