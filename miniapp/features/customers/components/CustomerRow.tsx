/** One customer in the list: name and flags, industry and owner, size and value — tapping opens the customer. */

import rows from '@miniapp/components/link-list.module.css';
import type { Customer } from '@shared/schemas/customers';
import { RightOutline } from 'antd-mobile-icons';
import { type MouseEvent, memo } from 'react';
import type { CustomerLabels } from '../labels';
import { CustomerBadges } from './CustomerBadges';
import styles from './customers.module.css';

interface CustomerRowProps {
  customer: Customer;
  labels: CustomerLabels;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export const CustomerRow = memo(function CustomerRow({ customer, labels, onOpen }: CustomerRowProps) {
  return (
    <li>
      <a href={`/customers/${customer.id}`} className={rows.row} onClick={onOpen}>
        <span className={rows.rowMain}>
          <span className={rows.rowName}>{customer.name}</span>
          <span className={styles.rowMeta}>
            {customer.industry ?? labels.noIndustry}
            <span aria-hidden="true"> · </span>
            {labels.ownedBy(customer.ownerName)}
          </span>
          <CustomerBadges customer={customer} labels={labels} />
        </span>
        <RightOutline className={rows.rowArrow} aria-hidden="true" />
      </a>
    </li>
  );
});
