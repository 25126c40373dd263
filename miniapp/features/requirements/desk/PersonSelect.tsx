/** A colleague picker for the desk (reporter filter, owner PM): searches GET /people by name as the PM types. */
import { usePeople } from '@miniapp/features/users/api';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import type { Role } from '@shared/domain/roles';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Option {
  value: string;
  label: string;
}

interface PersonSelectProps {
  value?: string | null;
  /** The chosen person's id, and the name shown for them (for callers that keep it beside the id). */
  onChange?: (value: string | undefined, label?: string) => void;
  placeholder: string;
  className?: string;
  /** Only these roles are offered (owner PM: pm and admin). */
  roles?: readonly Role[];
  /** People already known by name (the current value, me), so a chosen id always shows a name. */
  known: Option[];
}

export function PersonSelect({ value, onChange, placeholder, className, roles, known }: PersonSelectProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = useDebouncedValue(query.trim(), 250);
  const people = usePeople(q);
  const found = (people.data?.items ?? [])
    .filter((person) => !roles || roles.includes(person.role))
    .map((person) => ({
      value: person.id,
      label: person.department ? `${person.name} · ${person.department}` : person.name,
    }));
  const options = [...found, ...known.filter((k) => !found.some((f) => f.value === k.value))];
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setQuery }}
      className={className}
      placeholder={placeholder}
      aria-label={placeholder}
      value={value ?? undefined}
      onChange={(next?: string, option?: Option | Option[]) =>
        onChange?.(next, Array.isArray(option) ? undefined : option?.label)
      }
      options={options}
      loading={people.isFetching}
      notFoundContent={people.isFetching ? null : t('ui.links.people.none')}
    />
  );
}
