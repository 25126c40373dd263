/**
 * 导出 on a list's toolbar: offers Excel or CSV of the list as filtered now and saves the file the server streams;
 * a failure says so in the user's language.
 */
import { apiDownload, isApiError, type QueryParams } from '@miniapp/lib/api-client';
import { DownlandOutline } from 'antd-mobile-icons';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from './ExportSheet';
import { showFailure } from './toast';
import styles from './toggle-chip.module.css';

const ExportSheet = lazy(async () => ({ default: (await import('./ExportSheet')).ExportSheet }));

interface ExportButtonProps {
  /** The export route under /api/v1, e.g. '/visits/export'. */
  path: string;
  /** The list's filters, as its own query sends them (paging left out). */
  params: QueryParams;
}

export function ExportButton({ path, params }: ExportButtonProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [hasOpened, setOpened] = useState(false);
  const [isBusy, setBusy] = useState(false);

  async function download(format: ExportFormat): Promise<void> {
    setOpen(false);
    setBusy(true);
    try {
      await apiDownload(path, { ...params, format });
    } catch (error) {
      showFailure(isApiError(error) && error.status !== 0 ? error.message : t('ui.exports.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className={styles.chip}
        aria-haspopup="dialog"
        aria-busy={isBusy}
        disabled={isBusy}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        <DownlandOutline aria-hidden="true" />
        {t('ui.exports.action')}
      </button>
      {hasOpened ? (
        <Suspense fallback={null}>
          <ExportSheet
            isOpen={isOpen}
            onChoose={(format) => void download(format)}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
