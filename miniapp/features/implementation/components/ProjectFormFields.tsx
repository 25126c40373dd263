/** The 新建项目 form's custom inputs: a searchable customer picker, template cards with a size hint, dates. */
import { BottomSheet } from '@miniapp/components/BottomSheet';
import { DateWheel } from '@miniapp/components/DateWheel';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import type { Segment } from '@shared/domain/customers';
import Button from 'antd-mobile/es/components/button';
import Input from 'antd-mobile/es/components/input';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustomerById, useCustomerSearch } from '../api';
import { dateOfPicked, formatDay, pickedOfDate } from '../dates';
import type { Template } from '../types';
import styles from './project-form.module.css';

interface ValueProps<T> {
  value?: T | undefined;
  onChange?: (value: T) => void;
}

interface IdProps {
  /** The id a FormField's label points at. */
  id?: string;
}

export function CustomerPicker({
  id,
  value,
  onChange,
  label,
}: ValueProps<string> & IdProps & { label: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const search = useCustomerSearch(useDebouncedValue(q, 300));
  const chosen = useCustomerById(value);
  return (
    <>
      <button
        id={id}
        type="button"
        className={styles.pickerButton}
        aria-label={`${label}：${chosen.data?.name ?? t('ui.implementation.create.chooseCustomer')}`}
        onClick={() => setOpen(true)}
      >
        {chosen.data?.name ?? t('ui.implementation.create.chooseCustomer')}
      </button>
      <BottomSheet
        isOpen={isOpen}
        title={t('ui.implementation.create.chooseCustomer')}
        onClose={() => setOpen(false)}
      >
        <Input
          type="search"
          className={styles.search}
          value={q}
          onChange={setQ}
          clearable
          placeholder={t('ui.implementation.create.searchCustomer')}
          aria-label={t('ui.implementation.create.searchCustomer')}
        />
        <ul className={styles.options}>
          {(search.data?.items ?? []).map((customer) => (
            <li key={customer.id}>
              <button
                type="button"
                className={styles.option}
                onClick={() => {
                  onChange?.(customer.id);
                  setOpen(false);
                }}
              >
                {customer.name}
                <span className={styles.optionMeta}>{t(`enums.segment.${customer.segment}`)}</span>
              </button>
            </li>
          ))}
        </ul>
        {search.data?.items.length === 0 ? (
          <p className={styles.note}>{t('ui.implementation.create.noCustomer')}</p>
        ) : null}
      </BottomSheet>
    </>
  );
}

interface TemplateChooserProps extends ValueProps<string>, IdProps {
  templates: Template[];
  segment: Segment | undefined;
  label: string;
}

export function TemplateChooser({ id, templates, segment, value, onChange, label }: TemplateChooserProps) {
  const { t } = useTranslation();
  return (
    <fieldset id={id} className={styles.templates} aria-label={label}>
      {templates.map((template) => {
        const taskCount = template.phases.reduce((sum, phase) => sum + phase.tasks.length, 0);
        const days = template.phases.reduce((sum, phase) => sum + phase.durationDays, 0);
        return (
          <button
            key={template.id}
            type="button"
            className={styles.template}
            aria-pressed={value === template.id}
            onClick={() => onChange?.(template.id)}
          >
            <span className={styles.templateName}>
              {template.name}
              <span className={styles.optionMeta}> v{template.version}</span>
            </span>
            <span className={styles.templateMeta}>
              {t('ui.implementation.create.segmentHint', { segment: t(`enums.segment.${template.segment}`) })}
              {template.segment === segment ? (
                <strong className={styles.recommended}> · {t('ui.implementation.create.recommended')}</strong>
              ) : null}
            </span>
            <span className={styles.templateMeta}>
              {t('ui.implementation.create.templateSize', {
                phases: template.phases.length,
                tasks: taskCount,
                days,
              })}
            </span>
          </button>
        );
      })}
    </fieldset>
  );
}

export function DateField({
  id,
  value,
  onChange,
  label,
  placeholder,
}: ValueProps<string> & IdProps & { label: string; placeholder: string }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <button
        id={id}
        type="button"
        className={styles.pickerButton}
        aria-label={`${label}：${value ? formatDay(value) : placeholder}`}
        onClick={() => setOpen(true)}
      >
        {value ? formatDay(value) : placeholder}
      </button>
      <DateWheel
        visible={isOpen}
        title={label}
        value={value ? pickedOfDate(value) : new Date()}
        onClose={() => setOpen(false)}
        onConfirm={(picked) => onChange?.(dateOfPicked(picked))}
      />
    </>
  );
}

export function ClearableDateField(
  props: ValueProps<string | undefined> & IdProps & { label: string; placeholder: string },
) {
  const { t } = useTranslation();
  return (
    <span className={styles.inline}>
      <DateField {...props} onChange={(date) => props.onChange?.(date)} />
      {props.value ? (
        <Button size="mini" fill="none" onClick={() => props.onChange?.(undefined)}>
          {t('ui.implementation.create.clearDate')}
        </Button>
      ) : null}
    </span>
  );
}
