/** The customer's contacts — who decides, who uses it, who runs IT — and the way to add one. */

import { Card } from '@miniapp/components/Card';
import { allItems } from '@miniapp/lib/cursor-pages';
import type { Contact } from '@shared/schemas/customers';
import Button from 'antd-mobile/es/components/button';
import { AddOutline, PhoneFill } from 'antd-mobile-icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContacts } from '../api';
import styles from './contacts.module.css';

/** The sheet, its form and their checks load on the first tap on 添加, not with the customer page. */
const ContactFormPopup = lazy(async () => ({
  default: (await import('./ContactFormPopup')).ContactFormPopup,
}));

export function ContactsSection({ customerId, canAdd }: { customerId: string; canAdd: boolean }) {
  const { t } = useTranslation();
  const contacts = useContacts(customerId);
  const [isFormOpen, setFormOpen] = useState(false);
  const [wasFormOpened, setFormOpened] = useState(false);
  const items = allItems(contacts.data);

  return (
    <Card
      titleId="customer-contacts"
      title={t('ui.customers.contacts.title')}
      aside={
        canAdd ? (
          <Button
            size="mini"
            color="primary"
            fill="outline"
            shape="rounded"
            onClick={() => {
              setFormOpened(true);
              setFormOpen(true);
            }}
          >
            <AddOutline aria-hidden="true" /> {t('ui.customers.contacts.add')}
          </Button>
        ) : null
      }
    >
      <ContactsBody
        isLoading={contacts.isPending}
        hasFailed={contacts.isError && !contacts.data}
        onRetry={() => void contacts.refetch()}
        contacts={items}
      />
      {contacts.hasNextPage ? (
        <button type="button" className={styles.more} onClick={() => void contacts.fetchNextPage()}>
          {t('ui.common.showMore')}
        </button>
      ) : null}
      {canAdd && wasFormOpened ? (
        <Suspense fallback={null}>
          <ContactFormPopup customerId={customerId} isOpen={isFormOpen} onClose={() => setFormOpen(false)} />
        </Suspense>
      ) : null}
    </Card>
  );
}

interface ContactsBodyProps {
  isLoading: boolean;
  hasFailed: boolean;
  onRetry: () => void;
  contacts: Contact[];
}

/** A compact in-card version of the page states: the card keeps its place while contacts load or fail. */
function ContactsBody({ isLoading, hasFailed, onRetry, contacts }: ContactsBodyProps) {
  const { t } = useTranslation();
  if (isLoading) return <p className={styles.note}>{t('ui.common.loading')}</p>;
  if (hasFailed) {
    return (
      <p className={styles.note} role="alert">
        {t('ui.customers.contacts.loadFailed')}{' '}
        <button type="button" className={styles.more} onClick={onRetry}>
          {t('ui.common.retry')}
        </button>
      </p>
    );
  }
  if (contacts.length === 0) return <p className={styles.note}>{t('ui.customers.contacts.empty')}</p>;
  return (
    <ul className={styles.contacts}>
      {contacts.map((contact) => (
        <ContactItem key={contact.id} contact={contact} />
      ))}
    </ul>
  );
}

function ContactItem({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <li className={styles.contact}>
      <div className={styles.contactMain}>
        <span className={styles.contactName}>
          {contact.name}
          <span className={styles.role}>{t(`enums.contactRole.${contact.role}`)}</span>
        </span>
        <span className={styles.contactMeta}>
          {[contact.title, contact.email].filter(Boolean).join(' · ') || t('ui.customers.contacts.noTitle')}
        </span>
      </div>
      {contact.phone ? (
        <a
          className={styles.call}
          href={`tel:${contact.phone.replace(/\s/g, '')}`}
          aria-label={t('ui.customers.contacts.call', { name: contact.name, phone: contact.phone })}
        >
          <PhoneFill aria-hidden="true" />
        </a>
      ) : null}
    </li>
  );
}
