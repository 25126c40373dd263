/** The import screen's flow: the chosen file and columns, its preview re-run on each change, then the import. */
import { showFailure } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import type {
  CustomerImportMapping,
  CustomerImportResult,
  ImportField,
} from '@shared/schemas/customers-import';
import { useState } from 'react';
import { useImportCustomers, usePreviewCustomerImport } from './api';

export function useCustomerImport() {
  const preview = usePreviewCustomerImport();
  const importing = useImportCustomers();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<CustomerImportMapping>({});
  const [result, setResult] = useState<CustomerImportResult | null>(null);

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
  return {
    file,
    result,
    preview: shown,
    isChecking: preview.isPending,
    isImporting: importing.isPending,
    canImport: Boolean(file && shown && !preview.isPending && shown.errorCount === 0 && shown.sample.length),
    choose,
    remap,
    runImport,
  };
}
