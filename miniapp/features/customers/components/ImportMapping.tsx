/** The columns of the chosen file and the field each imports as; changing one checks the file again. */
import { Card } from '@miniapp/components/Card';
import { type CustomerImportPreview, type ImportField, importFields } from '@shared/schemas/customers-import';
import { useTranslation } from 'react-i18next';
import styles from '../pages/customer-import.module.css';

interface ImportMappingProps {
  preview: CustomerImportPreview;
  isChecking: boolean;
  onChange: (header: string, field: ImportField | null) => void;
}

export function ImportMapping({ preview, isChecking, onChange }: ImportMappingProps) {
  const { t } = useTranslation();
  return (
    <Card titleId="import-mapping" title={t('ui.customerImport.mappingTitle')}>
      <p className={styles.hint}>{t('ui.customerImport.mappingHint')}</p>
      <ul className={styles.mapping}>
        {preview.columns.map(({ column, header, field }) => {
          const id = `import-column-${column}`;
          return (
            <li key={column} className={styles.mappingRow}>
              <label htmlFor={id} className={styles.mappingLabel}>
                {t('ui.customerImport.headerLabel', { column, header })}
              </label>
              <select
                id={id}
                className={styles.select}
                value={field ?? ''}
                disabled={isChecking}
                onChange={(event) => onChange(header, (event.target.value || null) as ImportField | null)}
              >
                <option value="">{t('ui.customerImport.ignore')}</option>
                {importFields.map((option) => (
                  <option key={option} value={option}>
                    {t(`ui.customerImport.fields.${option}`)}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
