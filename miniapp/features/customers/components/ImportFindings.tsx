/** What the preview found: the counts, every row problem with its row and column, and the first customers. */
import { Card } from '@miniapp/components/Card';
import { Tag } from '@miniapp/components/Tag';
import type { CustomerImportPreview, ImportRowError } from '@shared/schemas/customers-import';
import { useTranslation } from 'react-i18next';
import styles from '../pages/customer-import.module.css';

export function ImportCounts({ preview }: { preview: CustomerImportPreview }) {
  const { t } = useTranslation();
  return (
    <p className={styles.counts} role="status">
      {t('ui.customerImport.counts', {
        rows: preview.rowCount,
        create: preview.toCreate,
        update: preview.toUpdate,
        contacts: preview.contacts,
      })}
    </p>
  );
}

function placeOf(error: ImportRowError, t: ReturnType<typeof useTranslation>['t']): string {
  const row = t('ui.customerImport.errorAt', { row: error.row });
  return error.column ? `${row} · ${t('ui.customerImport.errorColumn', error)}` : row;
}

export function ImportErrors({ preview }: { preview: CustomerImportPreview }) {
  const { t } = useTranslation();
  if (preview.errorCount === 0) return null;
  return (
    <section className={styles.errors} aria-labelledby="import-errors" role="alert">
      <h2 id="import-errors" className={styles.errorsTitle}>
        {t('ui.customerImport.errorsTitle', { count: preview.errorCount })}
      </h2>
      <ul className={styles.errorList}>
        {preview.rows.map((error) => (
          <li key={`${error.row}-${error.column ?? ''}-${error.message}`}>
            <strong>{placeOf(error, t)}</strong>：{error.message}
          </li>
        ))}
      </ul>
      {preview.rows.length < preview.errorCount ? (
        <p className={styles.hint}>{t('ui.customerImport.errorsMore', { shown: preview.rows.length })}</p>
      ) : null}
    </section>
  );
}

export function ImportSample({ preview }: { preview: CustomerImportPreview }) {
  const { t } = useTranslation();
  if (preview.sample.length === 0) return null;
  return (
    <Card
      titleId="import-sample"
      title={t('ui.customerImport.sampleTitle', { count: preview.sample.length })}
    >
      <ul className={styles.sample}>
        {preview.sample.map((customer) => (
          <li key={customer.row} className={styles.sampleRow}>
            <div className={styles.sampleName}>
              <span>{customer.name}</span>
              <Tag tone={customer.isNew ? 'ok' : 'plain'}>
                {t(customer.isNew ? 'ui.customerImport.isNew' : 'ui.customerImport.isUpdate')}
              </Tag>
            </div>
            <div className={styles.sampleFacts}>
              {[
                customer.industry,
                t(`enums.segment.${customer.segment}`),
                t(`enums.tier.${customer.tier}`),
                customer.ownerName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
            {customer.contacts.length > 0 ? (
              <div className={styles.sampleFacts}>
                {t('ui.customerImport.contactsOf', {
                  names: customer.contacts.map((contact) => contact.name).join('、'),
                })}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
