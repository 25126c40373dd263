/** Archive (after a confirmation) or restore a customer, when the server says this person may. */
import { confirmDialog } from '@miniapp/components/confirm';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import type { Customer } from '@shared/schemas/customers';
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { useArchiveCustomer, useRestoreCustomer } from '../api';
import styles from './customer-facts.module.css';

function useArchiveActions(customer: Customer) {
  const { t } = useTranslation();
  const archive = useArchiveCustomer(customer.id);
  const restore = useRestoreCustomer(customer.id);

  async function confirmArchive(): Promise<void> {
    const isConfirmed = await confirmDialog({
      title: t('ui.customers.detail.archiveTitle'),
      content: t('ui.customers.detail.archiveConfirm', { name: customer.name }),
      confirmText: t('ui.customers.detail.archive'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    archive.mutate(undefined, {
      onSuccess: () => showSuccess(t('ui.customers.detail.archived')),
      onError: (error) => showFailure(error.message),
    });
  }

  function restoreCustomer(): void {
    restore.mutate(undefined, {
      onSuccess: () => showSuccess(t('ui.customers.detail.restored')),
      onError: (error) => showFailure(error.message),
    });
  }

  return { archive, restore, confirmArchive, restoreCustomer };
}

export function ArchiveControls({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const { archive, restore, confirmArchive, restoreCustomer } = useArchiveActions(customer);
  if (!customer.can.archive) return null;
  return (
    <div className={styles.dangerZone}>
      {customer.archived ? (
        <Button
          block
          shape="rounded"
          color="primary"
          fill="outline"
          loading={restore.isPending}
          onClick={restoreCustomer}
        >
          {t('ui.customers.detail.restore')}
        </Button>
      ) : (
        <Button
          block
          shape="rounded"
          color="danger"
          fill="outline"
          loading={archive.isPending}
          onClick={confirmArchive}
        >
          {t('ui.customers.detail.archive')}
        </Button>
      )}
    </div>
  );
}
