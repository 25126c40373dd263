/** The template's own fields in the editor: name, the customer size it is made for, and a description. */

import { type ChipOption, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { type Segment, segments } from '@shared/domain/customers';
import type { FieldErrors } from '@shared/i18n/validation';
import Input from 'antd-mobile/es/components/input';
import TextArea from 'antd-mobile/es/components/text-area';
import { useTranslation } from 'react-i18next';
import type { EditableTemplate } from '../template-editor';
import styles from './template-editor.module.css';

interface TemplateBasicsProps {
  template: EditableTemplate;
  errors: FieldErrors;
  status: string;
  onChange: (template: EditableTemplate) => void;
}

export function TemplateBasics({ template, errors, status, onChange }: TemplateBasicsProps) {
  const { t } = useTranslation();
  const label = (field: string) => t(`ui.templateEditor.fields.${field}`);
  const segmentOptions: ChipOption<Segment>[] = segments.map((value) => ({
    value,
    label: t(`enums.segment.${value}`),
  }));
  return (
    <section className={styles.card} aria-labelledby="template-basics">
      <h2 id="template-basics" className={styles.cardTitle}>
        {template.name.trim() || t('ui.templateEditor.untitled')}
      </h2>
      <p className={styles.hint}>{status}</p>
      <div className={styles.grid}>
        <FormField isBoxed id="template-name" label={label('name')} error={errors.name}>
          <Input
            id="template-name"
            value={template.name}
            onChange={(name) => onChange({ ...template, name })}
          />
        </FormField>
        <div className={styles.field}>
          <span className={styles.label}>{label('segment')}</span>
          <SingleChoiceChips
            label={label('segment')}
            options={segmentOptions}
            value={template.segment}
            onChange={(segment) => onChange({ ...template, segment: segment ?? template.segment })}
          />
          {errors.segment ? (
            <p className={styles.error} role="alert">
              {errors.segment}
            </p>
          ) : null}
        </div>
      </div>
      <FormField isBoxed id="template-description" label={label('description')} error={errors.description}>
        <TextArea
          id="template-description"
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={template.description}
          onChange={(description) => onChange({ ...template, description })}
        />
      </FormField>
    </section>
  );
}
