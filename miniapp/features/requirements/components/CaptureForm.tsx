/** The capture form's inputs; a picked similar requirement hides the "new requirement" fields and shows the target. */
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { PhotoPicker } from '@miniapp/components/PhotoPicker';
import { Button, Form, Input, TextArea } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureDraft } from '../capture-draft';
import { importanceOptions } from '../options';
import { CustomerPicker } from './CustomerPicker';

export type CaptureFormValues = Pick<
  CaptureDraft,
  'title' | 'description' | 'quote' | 'category' | 'importance' | 'customer'
>;
export type CaptureFormInstance = ReturnType<typeof Form.useForm<CaptureFormValues>>[0];

interface CaptureFormProps {
  form: CaptureFormInstance;
  draft: CaptureDraft;
  onChange: (values: Partial<CaptureDraft>) => void;
  onSubmit: () => void;
  isSubmitting: boolean;
  /** Shown right under the description, where the rep is looking while typing (the similar requirements). */
  suggestions?: ReactNode;
  /** Fields another feature adds after the importance (the go-live switch of a running project). */
  extra?: ReactNode;
  /** Text the customer's words can be filled from in one tap (the visit's notes). */
  quoteSuggestion?: string | null;
}

export function valuesOf(draft: CaptureDraft): CaptureFormValues {
  const { title, description, quote, category, importance, customer } = draft;
  return { title, description, quote, category, importance, customer };
}

export function CaptureForm({
  form,
  draft,
  onChange,
  onSubmit,
  isSubmitting,
  suggestions,
  extra,
  quoteSuggestion,
}: CaptureFormProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`ui.requirements.form.${field}`);
  const isMention = draft.target !== null;
  return (
    <Form
      form={form}
      name="requirement"
      initialValues={valuesOf(draft)}
      onValuesChange={(changed) => onChange(changed as Partial<CaptureDraft>)}
      onFinish={onSubmit}
      footer={
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={isSubmitting}>
          {isMention ? label('submitMention') : label('submit')}
        </Button>
      }
    >
      {isMention ? null : (
        <>
          <Form.Item name="title" label={label('title')} required>
            <Input placeholder={label('titlePlaceholder')} autoComplete="off" />
          </Form.Item>
          <Form.Item name="description" label={label('description')}>
            <TextArea placeholder={label('descriptionPlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          {suggestions}
        </>
      )}
      <Form.Item name="quote" label={label('quote')}>
        <TextArea placeholder={label('quotePlaceholder')} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      {quoteSuggestion && draft.quote.trim() === '' ? (
        <Form.Item>
          <Button
            size="small"
            fill="outline"
            shape="rounded"
            onClick={() => {
              form.setFieldsValue({ quote: quoteSuggestion });
              onChange({ quote: quoteSuggestion });
            }}
          >
            {label('quoteFromVisit')}
          </Button>
        </Form.Item>
      ) : null}
      <Form.Item name="customer" label={label('customer')} required>
        <CustomerPicker />
      </Form.Item>
      <Form.Item name="importance" label={label('importance')} required>
        <SingleChoiceChips label={label('importance')} options={importanceOptions(t)} />
      </Form.Item>
      {isMention ? null : (
        <Form.Item name="category" label={label('category')}>
          <Input placeholder={label('categoryPlaceholder')} autoComplete="off" />
        </Form.Item>
      )}
      {extra}
      <Form.Item label={label('photo')}>
        <PhotoPicker
          photos={draft.photos}
          onChange={(photos) => onChange({ photos: photos as Blob[] })}
          max={3}
        />
      </Form.Item>
    </Form>
  );
}
