/** 导入客户: pick a spreadsheet, see how its columns map and what is wrong, adjust, then import it all at once. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { showFailure } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { useCurrentUser } from '@miniapp/lib/current-user';
import type {
  CustomerImportMapping,
  CustomerImportResult,
  ImportField,
} from '@shared/schemas/customers-import';
import { Button } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useImportCustomers, usePreviewCustomerImport } from '../api';
import { ImportCounts, ImportErrors, ImportSample } from '../components/ImportFindings';
import { ImportMapping } from '../components/ImportMapping';
import styles from './customer-import.module.css';

export function CustomerImportPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const preview = usePreviewCustomerImport();
  const importing = useImportCustomers();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<CustomerImportMapping>({});
  const [result, setResult] = useState<CustomerImportResult | null>(null);

  if (!me.can.importCustomers) return <Navigate to="/customers" replace />;

  const check = (chosen: File, nextMapping: CustomerImportMapping) =>
    preview.mutate(
      { file: chosen, mapping: nextMapping },
      { onError: (error) => showFailure(error.message) },
    );

  function choose(chosen: File | undefined): void {
    if (!chosen) return;
    // The columns chosen so far stay: a corrected file usually has the same headers.
    setFile(chosen);
    setResult(null);
    check(chosen, mapping);
  }

  function remap(header: string, field: ImportField | null): void {
    if (!file) return;
    const next = { ...mapping, [header]: field };
    setMapping(next);
    check(file, next);
  }

  function runImport(): void {
    if (!file) return;
    importing.mutate(
      { file, mapping },
      {
        onSuccess: setResult,
        onError: (error) => {
          showFailure(error.message);
          // Rows that went wrong since the preview (someone else's edit): show them where the person looks.
          if (isApiError(error, 'IMPORT_ROWS_INVALID')) check(file, mapping);
        },
      },
    );
  }

  const shown = preview.data;
  const canImport = Boolean(
    file && shown && !preview.isPending && shown.errorCount === 0 && shown.sample.length,
  );
  return (
    <main className={styles.page}>
      <PageHeader title={t('ui.customerImport.title')} backFallback="/customers" />
      <div className={styles.body}>
        {result ? (
          <section className={styles.done} aria-labelledby="import-done">
            <h2 id="import-done" className={styles.doneTitle}>
              {t('ui.customerImport.done', result)}
            </h2>
            <Button color="primary" block onClick={() => void navigate('/customers')}>
              {t('ui.customerImport.toList')}
            </Button>
            <FilePicker label={t('ui.customerImport.another')} onChoose={choose} />
          </section>
        ) : (
          <>
            <section className={styles.pick} aria-label={t('ui.customerImport.pick')}>
              <p className={styles.hint}>{t('ui.customerImport.intro')}</p>
              <FilePicker
                label={t(file ? 'ui.customerImport.pickAgain' : 'ui.customerImport.pick')}
                onChoose={choose}
              />
              {file ? <p className={styles.fileName}>{file.name}</p> : null}
              <p className={styles.hint}>{t('ui.customerImport.keyNote')}</p>
              {preview.isPending ? <p role="status">{t('ui.customerImport.reading')}</p> : null}
            </section>
            {shown ? (
              <>
                <ImportCounts preview={shown} />
                <ImportErrors preview={shown} />
                <ImportMapping preview={shown} isChecking={preview.isPending} onChange={remap} />
                <ImportSample preview={shown} />
                <div className={styles.actions}>
                  <Button
                    color="primary"
                    block
                    disabled={!canImport}
                    loading={importing.isPending}
                    onClick={runImport}
                  >
                    {t('ui.customerImport.import', { count: shown.toCreate + shown.toUpdate })}
                  </Button>
                </div>
              </>
            ) : null}
          </>
        )}
      </div>
    </main>
  );
}

function FilePicker({ label, onChoose }: { label: string; onChoose: (file: File | undefined) => void }) {
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
