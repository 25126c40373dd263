/** 导入客户: pick a spreadsheet, see how its columns map and what is wrong, adjust, then import it all at once. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { useCurrentUser } from '@miniapp/lib/current-user';
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ImportDone, ImportFileChoice } from '../components/ImportFile';
import { ImportCounts, ImportErrors, ImportSample } from '../components/ImportFindings';
import { ImportMapping } from '../components/ImportMapping';
import { useCustomerImport } from '../use-customer-import';
import styles from './customer-import.module.css';

export function CustomerImportPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const flow = useCustomerImport();
  if (!me.can.importCustomers) return <Navigate to="/customers" replace />;
  const { preview } = flow;
  return (
    <main className={styles.page}>
      <PageHeader title={t('ui.customerImport.title')} backFallback="/customers" />
      <div className={styles.body}>
        {flow.result ? (
          <ImportDone result={flow.result} onChoose={flow.choose} />
        ) : (
          <>
            <ImportFileChoice file={flow.file} isReading={flow.isChecking} onChoose={flow.choose} />
            {preview ? (
              <>
                <ImportCounts preview={preview} />
                <ImportErrors preview={preview} />
                <ImportMapping preview={preview} isChecking={flow.isChecking} onChange={flow.remap} />
                <ImportSample preview={preview} />
                <div className={styles.actions}>
                  <Button
                    color="primary"
                    block
                    disabled={!flow.canImport}
                    loading={flow.isImporting}
                    onClick={flow.runImport}
                  >
                    {t('ui.customerImport.import', { count: preview.toCreate + preview.toUpdate })}
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
