/** Choosing the spreadsheet to import, and what the screen says once it is imported. */

import type { CustomerImportResult } from '@shared/schemas/customers-import';
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import styles from '../pages/customer-import.module.css';

type OnChoose = (file: File | undefined) => void;

function FilePicker({ label, onChoose }: { label: string; onChoose: OnChoose }) {
  return (
    <label className={styles.fileButton}>
      {label}
      <input
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        className={styles.fileInput}
        onChange={(event) => {
          onChoose(event.target.files?.[0]);
          // The same file again (fixed and saved) must still count as a new choice.
          event.target.value = '';
        }}
      />
    </label>
  );
}

export function ImportFileChoice(props: { file: File | null; isReading: boolean; onChoose: OnChoose }) {
  const { t } = useTranslation();
  return (
    <section className={styles.pick} aria-label={t('ui.customerImport.pick')}>
      <p className={styles.hint}>{t('ui.customerImport.intro')}</p>
      <FilePicker
        label={t(props.file ? 'ui.customerImport.pickAgain' : 'ui.customerImport.pick')}
        onChoose={props.onChoose}
      />
      {props.file ? <p className={styles.fileName}>{props.file.name}</p> : null}
      <p className={styles.hint}>{t('ui.customerImport.keyNote')}</p>
      {props.isReading ? <p role="status">{t('ui.customerImport.reading')}</p> : null}
    </section>
  );
}

export function ImportDone({ result, onChoose }: { result: CustomerImportResult; onChoose: OnChoose }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <section className={styles.done} aria-labelledby="import-done">
      <h2 id="import-done" className={styles.doneTitle}>
        {t('ui.customerImport.done', result)}
      </h2>
      <Button color="primary" block onClick={() => void navigate('/customers')}>
        {t('ui.customerImport.toList')}
      </Button>
      <FilePicker label={t('ui.customerImport.another')} onChoose={onChoose} />
    </section>
  );
}
