/** The dashboards' filters: period preset or range, team, owner, segment, tier, industry and co-creation flags. */
import { PersonSelect } from '@miniapp/features/requirements/desk/PersonSelect';
import { customerFlags, segments, tiers } from '@shared/domain/customers';
import { Button, DatePicker, Input, Segmented, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { blankDashboardFilters, type DashboardFilters, type PeriodPreset, periodPresets } from '../filters';
import styles from './insight.module.css';

interface FilterBarProps {
  filters: DashboardFilters;
  onChange: (changes: Partial<DashboardFilters>) => void;
}

type PeriodChoice = PeriodPreset | 'custom';

export function DashboardFilterBar({ filters, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const label = (key: string) => t(`ui.insight.filters.${key}`);
  const range: [Dayjs, Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;
  const multi = <Value extends string>(
    key: 'segment' | 'tier' | 'flags',
    values: readonly Value[],
    enumKey: string,
  ) => (
    <Select
      mode="multiple"
      allowClear
      className={styles.filter}
      placeholder={label(key)}
      aria-label={label(key)}
      value={filters[key] as Value[]}
      onChange={(value: Value[]) => onChange({ [key]: value })}
      options={values.map((value) => ({ value, label: t(`enums.${enumKey}.${value}`) }))}
      maxTagCount="responsive"
    />
  );
  /** Free text is applied when the field is left or Enter pressed, not on every keystroke. */
  const text = (key: 'department' | 'industry') => (
    <Input
      key={`${key}-${filters[key]}`}
      allowClear
      className={styles.filter}
      placeholder={label(key)}
      aria-label={label(key)}
      defaultValue={filters[key]}
      onBlur={(event) => onChange({ [key]: event.target.value.trim() })}
      onPressEnter={(event) => onChange({ [key]: event.currentTarget.value.trim() })}
    />
  );
  return (
    <search className={styles.filters} aria-label={label('label')}>
      <Segmented<PeriodChoice>
        aria-label={label('period')}
        value={filters.days ?? 'custom'}
        onChange={(choice) =>
          choice === 'custom'
            ? onChange({ days: null })
            : onChange({ days: choice, from: undefined, to: undefined })
        }
        options={[
          ...periodPresets.map((days) => ({ value: days, label: t('ui.insight.filters.days', { days }) })),
          { value: 'custom' as const, label: label('custom') },
        ]}
      />
      {filters.days === null ? (
        <DatePicker.RangePicker
          aria-label={label('dates')}
          value={range}
          onChange={(dates) =>
            onChange({ from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') })
          }
        />
      ) : null}
      {text('department')}
      <PersonSelect
        className={styles.filter}
        placeholder={label('owner')}
        value={filters.ownerId}
        onChange={(ownerId, name) => onChange({ ownerId, ownerName: ownerId ? (name ?? '') : '' })}
        known={
          filters.ownerId ? [{ value: filters.ownerId, label: filters.ownerName || filters.ownerId }] : []
        }
      />
      {multi('segment', segments, 'segment')}
      {multi('tier', tiers, 'tier')}
      {text('industry')}
      {multi('flags', customerFlags, 'flag')}
      <Button onClick={() => onChange(blankDashboardFilters)}>{label('reset')}</Button>
    </search>
  );
}
