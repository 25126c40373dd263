/** Add a contact from a bottom sheet, checked by the same `contactCreate` schema the server uses. */
import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { SheetForm } from '@miniapp/components/SheetForm';
import { TextField } from '@miniapp/components/TextField';
import { showSuccess } from '@miniapp/components/toast';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import type { ContactRole } from '@shared/domain/customers';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddContact } from '../api';
import { contactRoleOptions } from '../options';

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
const loadCheck = () => import('../contact-check');
const keyboards = { title: undefined, phone: 'tel', email: 'email' } as const;

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
  const { errors, target: errorsAt, clear } = useFieldErrors();
  const addContact = useAddContact(customerId);
  useEffect(() => void loadCheck(), []);
  const change = (patch: Partial<ContactFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    clear(Object.keys(patch));
  };

  async function submit(): Promise<void> {
    const { checkContactCreate } = await loadCheck();
    const parsed = checkContactCreate(values, t);
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
      onSubmit={() => void submit()}
      primary={{ label: t('ui.customers.contacts.submit') }}
      isBusy={addContact.isPending}
    >
      <TextField
        id="contact-name"
        label={label('name')}
        value={values.name}
        onChange={(name) => change({ name })}
        placeholder={placeholder('name')}
        error={errors.name}
        isRequired
        isBoxed
      />
      <FormField id="contact-role" label={label('role')} error={errors.role} isRequired>
        <SingleChoiceChips
          id="contact-role"
          label={label('role')}
          options={contactRoleOptions(t)}
          value={values.role}
          onChange={(role) => change({ role })}
        />
      </FormField>
      {(['title', 'phone', 'email'] as const).map((field) => (
        <TextField
          key={field}
          id={`contact-${field}`}
          label={label(field)}
          value={values[field]}
          onChange={(text) => change({ [field]: text })}
          placeholder={placeholder(field)}
          error={errors[field]}
          type={keyboards[field]}
          isBoxed
        />
      ))}
    </SheetForm>
  );
}
