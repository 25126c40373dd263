/** The customer's people at the visit: tap their contacts, or add a missing one without leaving the form. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { MultipleChoiceChips, SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { SheetForm } from '@miniapp/components/SheetForm';
import { TextField } from '@miniapp/components/TextField';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { type ContactRole, contactRoles } from '@shared/domain/customers';
import DotLoading from 'antd-mobile/es/components/dot-loading';
import { AddOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddAttendeeContact, useCustomerContacts } from '../api';
import styles from './visits.module.css';

interface AttendeesFieldProps {
  customerId: string | undefined;
  value: string[];
  onChange: (contactIds: string[]) => void;
}

export function AttendeesField({ customerId, value, onChange }: AttendeesFieldProps) {
  const { t } = useTranslation();
  const contacts = useCustomerContacts(customerId);
  const [isAdding, setAdding] = useState(false);
  if (!customerId) return <p className={styles.hint}>{t('ui.visits.form.chooseCustomerFirst')}</p>;
  if (contacts.isPending) return <DotLoading color="primary" />;
  const options = (contacts.data ?? []).map((contact) => ({
    value: contact.id,
    label: contact.title ? `${contact.name}（${contact.title}）` : contact.name,
  }));
  return (
    <div>
      {options.length > 0 ? (
        <MultipleChoiceChips
          label={t('ui.visits.form.attendees')}
          options={options}
          value={value}
          onChange={onChange}
        />
      ) : (
        <p className={styles.hint}>{t('ui.visits.form.noContacts')}</p>
      )}
      <button type="button" className={styles.linkButton} onClick={() => setAdding(true)}>
        <AddOutline aria-hidden="true" /> {t('ui.visits.form.addAttendee')}
      </button>
      <SheetFrame isOpen={isAdding} onClose={() => setAdding(false)}>
        <NewContactForm
          customerId={customerId}
          onAdded={(contactId) => {
            onChange([...value, contactId]);
            setAdding(false);
          }}
        />
      </SheetFrame>
    </div>
  );
}

function NewContactForm({ customerId, onAdded }: { customerId: string; onAdded: (id: string) => void }) {
  const { t } = useTranslation();
  const addContact = useAddAttendeeContact(customerId);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [role, setRole] = useState<ContactRole>('user');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const roleOptions = contactRoles.map((value) => ({ value, label: t(`enums.contactRole.${value}`) }));

  function save(): void {
    if (name.trim() === '') {
      setFieldErrors({ name: t('validation.required') });
      return;
    }
    addContact.mutate(
      { name: name.trim(), title: title.trim() || null, role },
      {
        onSuccess: (contact) => {
          showSuccess(t('ui.visits.attendeePopup.added'));
          onAdded(contact.id);
        },
        onError: (error) => {
          if (isApiError(error) && Object.keys(error.fields).length > 0) setFieldErrors(error.fields);
          else showFailure(isApiError(error) ? error.message : t('errors.INTERNAL'));
        },
      },
    );
  }

  return (
    <SheetForm
      title={t('ui.visits.attendeePopup.title')}
      onSubmit={save}
      primary={{ label: t('ui.visits.attendeePopup.submit') }}
      isBusy={addContact.isPending}
    >
      <TextField
        id="attendee-name"
        label={t('ui.visits.attendeePopup.name')}
        value={name}
        onChange={setName}
        placeholder={t('ui.visits.attendeePopup.namePlaceholder')}
        error={fieldErrors.name}
        isRequired
      />
      <TextField
        id="attendee-title"
        label={t('ui.visits.attendeePopup.titleField')}
        value={title}
        onChange={setTitle}
        placeholder={t('ui.visits.attendeePopup.titlePlaceholder')}
        error={fieldErrors.title}
      />
      <FormField id="attendee-role" label={t('ui.visits.attendeePopup.role')} error={fieldErrors.role}>
        <SingleChoiceChips
          id="attendee-role"
          label={t('ui.visits.attendeePopup.role')}
          options={roleOptions}
          value={role}
          onChange={(next) => setRole(next ?? 'user')}
        />
      </FormField>
    </SheetForm>
  );
}
