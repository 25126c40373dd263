/** The visit form's moments: the time of the visit and a calendar day; each shows its problem underneath. */

import { DateWheel } from '@miniapp/components/DateWheel';
import { FormField } from '@miniapp/components/FormField';
import { currentLocale } from '@miniapp/lib/i18n';
import { localDateOf } from '@shared/domain/clock';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayAndTime, dayLabel } from '../dates';
import styles from './visit-form.module.css';

/** A moment of the visit; null reads "now" and is decided when the visit is sent. */
export function TimeField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const shown = value ? dayAndTime(value, { t, locale: currentLocale() }) : t('ui.visits.form.now');
  return (
    <FormField id={id} label={label} error={error}>
      <button type="button" id={id} className={styles.pickerButton} onClick={() => setOpen(true)}>
        {shown}
      </button>
      <DateWheel
        visible={isOpen}
        precision="minute"
        value={value ? new Date(value) : new Date()}
        max={new Date(Date.now() + 30 * 86_400_000)}
        onClose={() => setOpen(false)}
        onConfirm={(date) => onChange(date.toISOString())}
      />
    </FormField>
  );
}

/** A calendar day (YYYY-MM-DD in the tenant's zone), clearable; follow-ups start today, filters look back. */
export function DayField({
  id,
  label,
  value,
  onChange,
  error,
  isPastAllowed = false,
  emptyLabel,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (date: string | null) => void;
  error?: string | undefined;
  isPastAllowed?: boolean;
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const today = localDateOf(new Date());
  return (
    <FormField id={id} label={label} error={error}>
      <div className={styles.inline}>
        <button type="button" id={id} className={styles.pickerButton} onClick={() => setOpen(true)}>
          {value
            ? dayLabel(value, today, { t, locale: currentLocale() })
            : (emptyLabel ?? t('ui.visits.form.chooseFollowUp'))}
        </button>
        {value ? (
          <button type="button" className={styles.clear} onClick={() => onChange(null)}>
            {t('ui.visits.form.clearFollowUp')}
          </button>
        ) : null}
      </div>
      <DateWheel
        visible={isOpen}
        precision="day"
        min={isPastAllowed ? new Date(Date.now() - 3 * 365 * 86_400_000) : new Date(`${today}T00:00:00`)}
        value={value ? new Date(`${value}T12:00:00`) : new Date()}
        onClose={() => setOpen(false)}
        onConfirm={(date) => onChange(localDayOfPicked(date))}
      />
    </FormField>
  );
}

/** The picker hands back local midnight of the chosen day; the day the person chose is its local calendar date. */
function localDayOfPicked(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
