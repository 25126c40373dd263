/** Add a contact from a bottom sheet, checked by the same `contactCreate` schema the server uses. */
import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { SheetForm } from '@miniapp/components/SheetForm';
import { showSuccess } from '@miniapp/components/toast';
import type { ContactRole } from '@shared/domain/customers';
import type { FieldErrors } from '@shared/i18n/validation';
import { parseLocalized } from '@shared/i18n/validation';
import { contactCreate } from '@shared/schemas/customers';
import { Input } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddContact } from '../api';
import { contactRoleOptions } from '../options';
import styles from './contacts.module.css';

interface ContactFormValues {
  name: string;
  title: string;
  role: ContactRole | undefined;
  phone: string;
  email: string;
}

const contactFields = ['name', 'title', 'role', 'phone', 'email'];
const fieldForPath = (path: string) => contactFields.find((field) => path.split('.')[0] === field);
const blankContact: ContactFormValues = { name: '', title: '', role: undefined, phone: '', email: '' };

interface ContactFormPopupProps {
  customerId: string;
  isOpen: boolean;
  onClose: () => void;
}

export function ContactFormPopup({ customerId, isOpen, onClose }: ContactFormPopupProps) {
  return (
    <SheetFrame isOpen={isOpen} onClose={onClose}>
      <ContactForm customerId={customerId} onDone={onClose} />
    </SheetFrame>
  );
}

function ContactForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(blankContact);
  const [errors, setErrors] = useState<FieldErrors>({});
  const addContact = useAddContact(customerId);
  // A problem shown at an input goes away as soon as the person edits that input.
  const change = (patch: Partial<ContactFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([name]) => !(name in patch))));
  };
  const errorsAt = {
    setFields: (fields: { name: string; errors: string[] }[]) =>
      setErrors(Object.fromEntries(fields.map(({ name, errors: [message = ''] }) => [name, message]))),
  };

  function submit(): void {
    const parsed = parseLocalized(contactCreate, values, t);
    if (!parsed.ok) {
      reportInvalid(errorsAt, parsed.fields, fieldForPath);
      return;
    }
    addContact.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.customers.contacts.added'));
        onDone();
      },
      onError: (error) => reportSubmitError(errorsAt, error, fieldForPath),
    });
  }

  const label = (field: string) => t(`ui.customers.contacts.fields.${field}`);
  const placeholder = (field: string) => t(`ui.customers.contacts.placeholders.${field}`);
  return (
    <SheetForm
      title={t('ui.customers.contacts.add')}
      onSubmit={submit}
      primary={{ label: t('ui.customers.contacts.submit') }}
      isBusy={addContact.isPending}
    >
      <FormField
        id="contact-name"
        label={label('name')}
        error={errors.name}
        isRequired
        className={styles.field}
      >
        <Input
          id="contact-name"
          value={values.name}
          onChange={(name) => change({ name })}
          placeholder={placeholder('name')}
          autoComplete="off"
        />
      </FormField>
      <FormField id="contact-role" label={label('role')} error={errors.role} isRequired>
        <SingleChoiceChips
          id="contact-role"
          label={label('role')}
          options={contactRoleOptions(t)}
          value={values.role}
          onChange={(role) => change({ role })}
        />
      </FormField>
      <FormField id="contact-title" label={label('title')} error={errors.title} className={styles.field}>
        <Input
          id="contact-title"
          value={values.title}
          onChange={(title) => change({ title })}
          placeholder={placeholder('title')}
          autoComplete="off"
        />
      </FormField>
      <FormField id="contact-phone" label={label('phone')} error={errors.phone} className={styles.field}>
        <Input
          id="contact-phone"
          type="tel"
          inputMode="tel"
          value={values.phone}
          onChange={(phone) => change({ phone })}
          placeholder={placeholder('phone')}
        />
      </FormField>
      <FormField id="contact-email" label={label('email')} error={errors.email} className={styles.field}>
        <Input
          id="contact-email"
          type="email"
          inputMode="email"
          value={values.email}
          onChange={(email) => change({ email })}
          placeholder={placeholder('email')}
        />
      </FormField>
    </SheetForm>
  );
}
