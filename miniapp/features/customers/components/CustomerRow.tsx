/** One customer in the list: name and flags, industry and owner, size and value — tapping opens the customer. */
import type { Customer } from '@shared/schemas/customers';
import { RightOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomerBadges } from './CustomerBadges';
import styles from './customers.module.css';

export function CustomerRow({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link to={`/customers/${customer.id}`} className={styles.row}>
        <span className={styles.rowMain}>
          <span className={styles.rowName}>{customer.name}</span>
          <span className={styles.rowMeta}>
            {customer.industry ?? t('ui.customers.noIndustry')}
            <span aria-hidden="true"> · </span>
            {t('ui.customers.ownedBy', { name: customer.ownerName })}
          </span>
          <CustomerBadges customer={customer} />
        </span>
        <RightOutline className={styles.rowArrow} aria-hidden="true" />
      </Link>
    </li>
  );
}
