/** Add a contact from a bottom sheet, checked by the same `contactCreate` schema the server uses. */
import { BottomSheet } from '@miniapp/components/BottomSheet';
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { showSuccess } from '@miniapp/components/toast';
import type { ContactRole } from '@shared/domain/customers';
import { parseLocalized } from '@shared/i18n/validation';
import { contactCreate } from '@shared/schemas/customers';
import { Button, Form, Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useAddContact } from '../api';
import { contactRoleOptions } from '../options';
import formStyles from './customer-form.module.css';

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
  const { t } = useTranslation();
  return (
    <BottomSheet isOpen={isOpen} title={t('ui.customers.contacts.add')} onClose={onClose}>
      <ContactForm customerId={customerId} onDone={onClose} />
    </BottomSheet>
  );
}

function ContactForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactFormValues>();
  const addContact = useAddContact(customerId);

  function submit(values: ContactFormValues): void {
    const parsed = parseLocalized(contactCreate, values, t);
    if (!parsed.ok) {
      reportInvalid(form, parsed.fields, fieldForPath);
      return;
    }
    addContact.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.customers.contacts.added'));
        onDone();
      },
      onError: (error) => reportSubmitError(form, error, fieldForPath),
    });
  }

  return (
    <Form
      form={form}
      name="contact"
      initialValues={blankContact}
      onFinish={submit}
      className={formStyles.form}
      footer={
        <Button
          block
          type="submit"
          color="primary"
          shape="rounded"
          size="large"
          loading={addContact.isPending}
        >
          {t('ui.customers.contacts.submit')}
        </Button>
      }
    >
      <ContactFields />
    </Form>
  );
}

function ContactFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('ui.customers.contacts.fields.name')} required>
        <Input placeholder={t('ui.customers.contacts.placeholders.name')} autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('ui.customers.contacts.fields.role')} required>
        <SingleChoiceChips label={t('ui.customers.contacts.fields.role')} options={contactRoleOptions(t)} />
      </Form.Item>
      <Form.Item name="title" label={t('ui.customers.contacts.fields.title')}>
        <Input placeholder={t('ui.customers.contacts.placeholders.title')} autoComplete="off" />
      </Form.Item>
      <Form.Item name="phone" label={t('ui.customers.contacts.fields.phone')}>
        <Input type="tel" inputMode="tel" placeholder={t('ui.customers.contacts.placeholders.phone')} />
      </Form.Item>
      <Form.Item name="email" label={t('ui.customers.contacts.fields.email')}>
        <Input type="email" inputMode="email" placeholder={t('ui.customers.contacts.placeholders.email')} />
      </Form.Item>
    </>
  );
}
