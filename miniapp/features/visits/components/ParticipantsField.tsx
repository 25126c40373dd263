/** Our people at the visit: colleagues chosen from Fieldloop's own directory (the rep is always counted). */

import { BottomSheet } from '@miniapp/components/BottomSheet';
import { usePeople } from '@miniapp/features/users/api';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import type { DirectoryPerson } from '@shared/schemas/users';
import Button from 'antd-mobile/es/components/button';
import DotLoading from 'antd-mobile/es/components/dot-loading';
import SearchBar from 'antd-mobile/es/components/search-bar';
import { AddOutline, CheckOutline, CloseOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NamedRef } from '../visit-draft';
import styles from './visits.module.css';

interface ParticipantsFieldProps {
  id: string;
  value: NamedRef[];
  onChange: (people: NamedRef[]) => void;
}

export function ParticipantsField({ id, value, onChange }: ParticipantsFieldProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <div>
      <div className={styles.row}>
        {value.map((person) => (
          <span key={person.id} className={styles.personChip}>
            {person.name}
            <button
              type="button"
              className={styles.chipRemove}
              aria-label={t('ui.visits.form.removePerson', { name: person.name })}
              onClick={() => onChange(value.filter((other) => other.id !== person.id))}
            >
              <CloseOutline aria-hidden="true" />
            </button>
          </span>
        ))}
        <button
          type="button"
          id={id}
          aria-labelledby={`${id}-label ${id}`}
          className={styles.linkButton}
          onClick={() => setOpen(true)}
        >
          <AddOutline aria-hidden="true" /> {t('ui.visits.form.chooseParticipants')}
        </button>
      </div>
      <BottomSheet isOpen={isOpen} title={t('ui.visits.userPicker.title')} onClose={() => setOpen(false)}>
        <UserPicker
          initial={value}
          onDone={(people) => {
            onChange(people);
            setOpen(false);
          }}
        />
      </BottomSheet>
    </div>
  );
}

function UserPicker({ initial, onDone }: { initial: NamedRef[]; onDone: (people: NamedRef[]) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(initial);
  const me = useCurrentUser();
  const debounced = useDebouncedValue(query.trim(), 250);
  const people = usePeople(debounced);
  // The rep is counted already; offering them would only invite a duplicate.
  const others = people.data?.items.filter((person) => person.id !== me.id);
  const isChosen = (userId: string) => chosen.some((person) => person.id === userId);
  const toggle = (user: DirectoryPerson) =>
    setChosen((current) =>
      isChosen(user.id)
        ? current.filter((person) => person.id !== user.id)
        : [...current, { id: user.id, name: user.name }],
    );
  return (
    <>
      <SearchBar
        placeholder={t('ui.visits.userPicker.search')}
        aria-label={t('ui.visits.userPicker.search')}
        value={query}
        onChange={setQuery}
      />
      {people.isPending ? <DotLoading color="primary" /> : null}
      {people.isError ? <p className={styles.error}>{t('ui.state.errorTitle')}</p> : null}
      {others?.length === 0 ? <p className={styles.hint}>{t('ui.visits.userPicker.none')}</p> : null}
      <ul className={styles.pickList}>
        {others?.map((user) => (
          <li key={user.id}>
            <button
              type="button"
              className={styles.pickItem}
              aria-pressed={isChosen(user.id)}
              onClick={() => toggle(user)}
            >
              <span className={styles.pickText}>
                <span>{user.name}</span>
                <span className={styles.muted}>
                  {[user.department, t(`enums.role.${user.role}`)].filter(Boolean).join(' · ')}
                </span>
              </span>
              {isChosen(user.id) ? <CheckOutline aria-hidden="true" /> : null}
            </button>
          </li>
        ))}
      </ul>
      <Button
        block
        color="primary"
        shape="rounded"
        className={styles.sheetSubmit}
        onClick={() => onDone(chosen)}
      >
        {t('ui.visits.userPicker.done')}
      </Button>
    </>
  );
}
