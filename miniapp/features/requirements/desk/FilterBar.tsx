/** The table's filters: status, kind, category, the customer's segment/tier/flags and industry, reporter, dates. */
import { useCurrentUser } from '@miniapp/lib/current-user';
import { customerFlags, segments, tiers } from '@shared/domain/customers';
import { requirementKinds, requirementStatuses } from '@shared/domain/requirements';
import { Button, DatePicker, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import styles from './desk.module.css';
import { blankFilters, type DeskFilters } from './desk-filters';

interface FilterBarProps {
  filters: DeskFilters;
  onChange: (changes: Partial<DeskFilters>) => void;
}

export function FilterBar({ filters, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const label = (key: string) => t(`ui.requirements.desk.filters.${key}`);
  const multi = <Value extends string>(
    key: keyof DeskFilters,
    values: readonly Value[],
    labelOf: (v: Value) => string,
  ) => (
    <Select
      mode="multiple"
      allowClear
      className={styles.filter}
      placeholder={label(key)}
      aria-label={label(key)}
      value={filters[key] as Value[]}
      onChange={(value: Value[]) => onChange({ [key]: value })}
      options={values.map((value) => ({ value, label: labelOf(value) }))}
      maxTagCount="responsive"
    />
  );
  const range: [Dayjs, Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;
  return (
    <div className={styles.toolbar}>
      <Input.Search
        allowClear
        style={{ width: 220 }}
        placeholder={label('search')}
        aria-label={label('search')}
        defaultValue={filters.q}
        onSearch={(q) => onChange({ q })}
      />
      {filters.view === 'all'
        ? multi('status', requirementStatuses, (v) => t(`ui.requirements.status.${v}`))
        : null}
      {multi('kind', requirementKinds, (v) => t(`ui.requirements.kind.${v}`))}
      <Input
        allowClear
        style={{ width: 120 }}
        placeholder={label('category')}
        aria-label={label('category')}
        value={filters.category}
        onChange={(event) => onChange({ category: event.target.value })}
      />
      {multi('segment', segments, (v) => t(`enums.segment.${v}`))}
      {multi('tier', tiers, (v) => t(`enums.tier.${v}`))}
      {multi('flags', customerFlags, (v) => t(`enums.flag.${v}`))}
      <Input
        allowClear
        style={{ width: 120 }}
        placeholder={label('industry')}
        aria-label={label('industry')}
        value={filters.industry}
        onChange={(event) => onChange({ industry: event.target.value })}
      />
      <Select
        allowClear
        className={styles.filter}
        placeholder={label('reporter')}
        aria-label={label('reporter')}
        value={filters.reporterId}
        onChange={(reporterId?: string) => onChange({ reporterId })}
        options={[{ value: me.id, label: me.name }]}
      />
      <DatePicker.RangePicker
        aria-label={label('dates')}
        value={range}
        onChange={(dates) =>
          onChange({ from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <Button onClick={() => onChange({ ...blankFilters, view: filters.view })}>{label('reset')}</Button>
    </div>
  );
}
