/**
 * Picks a department or a person from the platform's own directory by name: departments level by level, people by
 * a name search. When the platform refuses (no contact permission), it says so instead of showing an empty list.
 */

import { PageState } from '@miniapp/components/PageState';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import type { Platform } from '@shared/domain/platforms';
import SearchBar from 'antd-mobile/es/components/search-bar';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDirectoryDepartments, useDirectoryPeople } from '../api';
import styles from './directory.module.css';

export interface DirectoryChoice {
  id: string;
  name: string;
}

interface PickerProps {
  connectionId: string;
  platform: Platform | undefined;
  onPick: (choice: DirectoryChoice) => void;
}

export function DepartmentPicker({ connectionId, platform, onPick }: PickerProps) {
  const { t } = useTranslation();
  const [path, setPath] = useState<DirectoryChoice[]>([]);
  const current = path.at(-1);
  const listing = useDirectoryDepartments(connectionId, current?.id);
  const items = listing.data?.items ?? [];
  const platformName = platform ? t(`ui.platforms.${platform}`) : '';
  if (listing.data?.denied) {
    return (
      <p className={styles.denied} role="alert">
        {t('ui.connections.roles.picker.departmentsDenied', { platform: platformName })}
      </p>
    );
  }
  return (
    <div>
      <nav className={styles.trail} aria-label={t('ui.connections.roles.picker.root')}>
        <span>{[t('ui.connections.roles.picker.root'), ...path.map((step) => step.name)].join(' / ')}</span>
        {path.length > 0 ? (
          <button type="button" className={styles.link} onClick={() => setPath(path.slice(0, -1))}>
            {t('ui.connections.roles.picker.up')}
          </button>
        ) : null}
      </nav>
      <PageState
        isLoading={listing.isPending}
        error={listing.data ? null : listing.error}
        onRetry={() => void listing.refetch()}
        isEmpty={items.length === 0}
        empty={{ title: t('ui.connections.roles.picker.noDepartments') }}
        skeletonRows={2}
      >
        <ul className={styles.list}>
          {items.map((department) => (
            <li key={department.id} className={styles.row}>
              <span className={styles.name}>{department.name}</span>
              <button
                type="button"
                className={styles.link}
                aria-label={`${t('ui.connections.roles.picker.open')} ${department.name}`}
                onClick={() => setPath([...path, department])}
              >
                {t('ui.connections.roles.picker.open')}
              </button>
              <button
                type="button"
                className={styles.choose}
                aria-label={`${t('ui.connections.roles.picker.choose')} ${department.name}`}
                onClick={() => onPick({ id: department.id, name: department.name })}
              >
                {t('ui.connections.roles.picker.choose')}
              </button>
            </li>
          ))}
        </ul>
      </PageState>
    </div>
  );
}

export function PersonPicker({ connectionId, platform, onPick }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const listing = useDirectoryPeople(connectionId, q);
  const items = listing.data?.items ?? [];
  const platformName = platform ? t(`ui.platforms.${platform}`) : '';
  return (
    <div>
      <SearchBar
        placeholder={t('ui.connections.roles.picker.search')}
        value={search}
        onChange={setSearch}
        aria-label={t('ui.connections.roles.picker.search')}
      />
      {listing.data?.fromSignIns ? (
        <p className={styles.denied} role="status">
          {t('ui.connections.roles.picker.peopleDenied', { platform: platformName })}
        </p>
      ) : null}
      <PageState
        isLoading={listing.isPending}
        error={listing.data ? null : listing.error}
        onRetry={() => void listing.refetch()}
        isEmpty={items.length === 0}
        empty={{ title: t('ui.connections.roles.picker.noPeople') }}
        skeletonRows={2}
      >
        <ul className={styles.list}>
          {items.map((person) => (
            <li key={person.id} className={styles.row}>
              <span className={styles.name}>{person.name}</span>
              <button
                type="button"
                className={styles.choose}
                aria-label={`${t('ui.connections.roles.picker.choose')} ${person.name}`}
                onClick={() => onPick(person)}
              >
                {t('ui.connections.roles.picker.choose')}
              </button>
            </li>
          ))}
        </ul>
      </PageState>
    </div>
  );
}
