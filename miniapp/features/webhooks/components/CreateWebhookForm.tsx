/** 新建 Webhook: the receiving URL and the events to send; the shared schema checks it before sending. */

import { MultipleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { SheetForm } from '@miniapp/components/SheetForm';
import { TextField } from '@miniapp/components/TextField';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import { parseLocalized } from '@shared/i18n/validation';
import {
  type CreatedWebhook,
  type WebhookEventType,
  webhookCreate,
  webhookEventTypes,
} from '@shared/schemas/webhooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateWebhook } from '../api';

interface FormValues {
  url: string;
  events: WebhookEventType[];
}

const fieldFor = (path: string) => {
  const [head = ''] = path.split('.');
  return head === 'url' || head === 'events' ? head : undefined;
};

export function CreateWebhookForm({ onCreated }: { onCreated: (created: CreatedWebhook) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<FormValues>({ url: '', events: [...webhookEventTypes] });
  const { errors, target, clear } = useFieldErrors();
  const create = useCreateWebhook();
  const change = <K extends keyof FormValues>(name: K, value: FormValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    clear([name]);
  };

  function submit(): void {
    const parsed = parseLocalized(webhookCreate, { url: values.url.trim(), events: values.events }, t);
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
      title={t('ui.webhooks.create')}
      onSubmit={submit}
      primary={{ label: t('ui.webhooks.create') }}
      isBusy={create.isPending}
    >
      <TextField
        id="webhook-url"
        label={t('ui.webhooks.url')}
        value={values.url}
        onChange={(text) => change('url', text)}
        placeholder={t('ui.webhooks.urlPlaceholder')}
        error={errors.url}
        isRequired
      />
      <FormField id="webhook-events" label={t('ui.webhooks.events')} error={errors.events} isRequired>
        <MultipleChoiceChips
          label={t('ui.webhooks.events')}
          options={webhookEventTypes.map((value) => ({ value, label: t(`ui.webhooks.eventNames.${value}`) }))}
          value={values.events}
          onChange={(events) => change('events', events)}
        />
      </FormField>
    </SheetForm>
  );
}
