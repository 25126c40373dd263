/** The capture form's inputs; a picked similar requirement hides the "new requirement" fields and shows the target. */
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import form from '@miniapp/components/form-page.module.css';
import { PhotoPicker } from '@miniapp/components/PhotoPicker';
import { TextField } from '@miniapp/components/TextField';
import type { FieldErrors } from '@shared/i18n/validation';
import Button from 'antd-mobile/es/components/button';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaptureDraft } from '../capture-draft';
import { importanceOptions } from '../options';
import { CustomerPicker } from './CustomerPicker';
import styles from './requirements.module.css';

interface CaptureFormProps {
  draft: CaptureDraft;
  /** Problems the schema or the server found, by input. */
  errors: FieldErrors;
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

export function CaptureForm({
  draft,
  errors,
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
    <form
      className={form.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <div className={form.section}>
        {isMention ? null : (
          <>
            <TextField
              id="capture-title"
              label={label('title')}
              value={draft.title}
              onChange={(title) => onChange({ title })}
              placeholder={label('titlePlaceholder')}
              error={errors.title}
              isRequired
              isBoxed
            />
            <TextField
              id="capture-description"
              label={label('description')}
              value={draft.description}
              onChange={(description) => onChange({ description })}
              placeholder={label('descriptionPlaceholder')}
              error={errors.description}
              isMultiline
              isBoxed
            />
            {suggestions}
          </>
        )}
        <TextField
          id="capture-quote"
          label={label('quote')}
          value={draft.quote}
          onChange={(quote) => onChange({ quote })}
          placeholder={label('quotePlaceholder')}
          error={errors.quote}
          isMultiline
          isBoxed
        />
        {quoteSuggestion && draft.quote.trim() === '' ? (
          <div>
            <Button
              size="small"
              fill="outline"
              shape="rounded"
              onClick={() => onChange({ quote: quoteSuggestion })}
            >
              {label('quoteFromVisit')}
            </Button>
          </div>
        ) : null}
        <FormField id="capture-customer" label={label('customer')} error={errors.customer} isRequired>
          <CustomerPicker
            id="capture-customer"
            value={draft.customer}
            onChange={(customer) => onChange({ customer })}
          />
        </FormField>
        <FormField id="capture-importance" label={label('importance')} error={errors.importance} isRequired>
          <SingleChoiceChips
            id="capture-importance"
            label={label('importance')}
            options={importanceOptions(t)}
            value={draft.importance ?? undefined}
            onChange={(importance) => importance && onChange({ importance })}
          />
        </FormField>
        {isMention ? null : (
          <TextField
            id="capture-category"
            label={label('category')}
            value={draft.category}
            onChange={(category) => onChange({ category })}
            placeholder={label('categoryPlaceholder')}
            error={errors.category}
            isBoxed
          />
        )}
        {extra}
        <FormField id="capture-photos" label={label('photo')}>
          <fieldset id="capture-photos" className={styles.photos} aria-labelledby="capture-photos-label">
            <PhotoPicker
              photos={draft.photos}
              onChange={(photos) => onChange({ photos: photos as Blob[] })}
              max={3}
            />
          </fieldset>
        </FormField>
      </div>
      <div className={form.footer}>
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={isSubmitting}>
          {isMention ? label('submitMention') : label('submit')}
        </Button>
      </div>
    </form>
  );
}
