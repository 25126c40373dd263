/** Which customers a phase or task is for: sizes and flags; nothing chosen means every customer. */
import { type ChipOption, MultipleChoiceChips } from '@miniapp/components/ChoiceChips';
import { type CustomerFlag, customerFlags, type Segment, segments } from '@shared/domain/customers';
import { useTranslation } from 'react-i18next';
import styles from './template-editor.module.css';

interface ConditionFieldsProps {
  /** Names the chip groups for a screen reader, e.g. the phase or task they belong to. */
  owner: string;
  segments: Segment[];
  flags: CustomerFlag[];
  onChange: (condition: { segments: Segment[]; flags: CustomerFlag[] }) => void;
}

export function ConditionFields({ owner, segments: chosenSegments, flags, onChange }: ConditionFieldsProps) {
  const { t } = useTranslation();
  const segmentOptions: ChipOption<Segment>[] = segments.map((value) => ({
    value,
    label: t(`enums.segment.${value}`),
  }));
  const flagOptions: ChipOption<CustomerFlag>[] = customerFlags.map((value) => ({
    value,
    label: t(`enums.flag.${value}`),
  }));
  const segmentsLabel = t('ui.templateEditor.fields.segments');
  const flagsLabel = t('ui.templateEditor.fields.flags');
  return (
    <div className={styles.condition}>
      <span className={styles.label}>{segmentsLabel}</span>
      <MultipleChoiceChips
        label={`${owner} · ${segmentsLabel}`}
        options={segmentOptions}
        value={chosenSegments}
        onChange={(value) => onChange({ segments: value, flags })}
      />
      <span className={styles.label}>{flagsLabel}</span>
      <MultipleChoiceChips
        label={`${owner} · ${flagsLabel}`}
        options={flagOptions}
        value={flags}
        onChange={(value) => onChange({ segments: chosenSegments, flags: value })}
      />
      <p className={styles.hint}>{t('ui.templateEditor.conditionHint')}</p>
    </div>
  );
}
