/** The customer's summary card and every field, formatted for a Chinese reader first. */

import { Card, Fact, FactList } from '@miniapp/components/Card';
import { Tag } from '@miniapp/components/Tag';
import { formatCoordinate, formatDateTime, formatMoney } from '@miniapp/lib/format';
import type { Customer } from '@shared/schemas/customers';
import { useTranslation } from 'react-i18next';
import { useCustomerLabels } from '../labels';
import { CustomerBadges } from './CustomerBadges';
import styles from './customer-facts.module.css';

export function CustomerFacts({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const labels = useCustomerLabels();
  const none = t('ui.common.notSet');
  const location = customer.location;
  return (
    <>
      <section className={styles.summary} aria-labelledby="customer-name">
        <h2 id="customer-name" className={styles.name}>
          {customer.name}
        </h2>
        <CustomerBadges customer={customer} labels={labels} />
        {customer.archived ? (
          <p className={styles.archivedNote}>{t('ui.customers.detail.archivedNote')}</p>
        ) : null}
      </section>
      <Card titleId="customer-facts" title={t('ui.customers.detail.facts')}>
        <FactList>
          <Fact label={t('ui.customers.fields.industry')}>{customer.industry ?? none}</Fact>
          <Fact label={t('ui.customers.fields.owner')}>{customer.ownerName}</Fact>
          <Fact label={t('ui.customers.fields.contractValue')}>
            {customer.contractValue === null ? none : formatMoney(customer.contractValue)}
          </Fact>
          <Fact label={t('ui.customers.fields.address')}>{customer.address ?? none}</Fact>
          <Fact label={t('ui.customers.fields.location')}>
            {location ? `${formatCoordinate(location.lat)}, ${formatCoordinate(location.lng)}` : none}
          </Fact>
          <Fact label={t('ui.customers.fields.tags')}>
            {customer.tags.length > 0 ? <TagList tags={customer.tags} /> : none}
          </Fact>
          <Fact label={t('ui.customers.fields.updatedAt')}>{formatDateTime(customer.updatedAt)}</Fact>
          <Fact label={t('ui.customers.fields.createdAt')}>{formatDateTime(customer.createdAt)}</Fact>
        </FactList>
      </Card>
    </>
  );
}

function TagList({ tags }: { tags: string[] }) {
  return (
    <span className={styles.tags}>
      {tags.map((tag) => (
        <Tag key={tag}>{tag}</Tag>
      ))}
    </span>
  );
}
