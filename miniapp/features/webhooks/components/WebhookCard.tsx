/** One hook: its URL, events and state, who made it when; open its delivery log, disable/enable or delete it. */

import cards from '@miniapp/components/card-list.module.css';
import { confirmDialog } from '@miniapp/components/confirm';
import { Tag } from '@miniapp/components/Tag';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { formatDate } from '@miniapp/lib/format';
import type { Webhook } from '@shared/schemas/webhooks';
import Button from 'antd-mobile/es/components/button';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeleteWebhook, useSetWebhookEnabled } from '../api';
import styles from './webhooks.module.css';

export function WebhookCard({ hook }: { hook: Webhook }) {
  const { t } = useTranslation();
  const remove = useDeleteWebhook();
  const setEnabled = useSetWebhookEnabled(hook.id);

  async function confirmRemove(): Promise<void> {
    const isConfirmed = await confirmDialog({
      content: t('ui.webhooks.removeConfirm', { url: hook.url }),
      confirmText: t('ui.webhooks.remove'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    remove.mutate(hook.id, {
      onSuccess: () => showSuccess(t('ui.webhooks.removedToast')),
      onError: (error) => showFailure(error.message),
    });
  }

  function toggle(): void {
    setEnabled.mutate(!hook.enabled, { onError: (error) => showFailure(error.message) });
  }

  return (
    <li className={hook.enabled ? cards.card : `${cards.card} ${cards.muted}`}>
      <div className={cards.head}>
        <p className={styles.url}>{hook.url}</p>
        <Tag tone={hook.enabled ? 'ok' : 'warn'}>
          {hook.enabled ? t('ui.webhooks.enabled') : t('ui.webhooks.disabled')}
        </Tag>
      </div>
      <div className={styles.events}>
        {hook.events.map((event) => (
          <Tag key={event}>{t(`ui.webhooks.eventNames.${event}`)}</Tag>
        ))}
      </div>
      <p className={cards.detail}>
        {t('ui.webhooks.createdBy', { name: hook.createdByName, date: formatDate(hook.createdAt) })}
      </p>
      <div className={`${cards.actions} ${styles.actionsGap}`}>
        <Link to={`/me/webhooks/${hook.id}`}>{t('ui.webhooks.deliveries')}</Link>
        <Button size="small" fill="outline" loading={setEnabled.isPending} onClick={toggle}>
          {hook.enabled ? t('ui.webhooks.disable') : t('ui.webhooks.enable')}
        </Button>
        <Button size="small" color="danger" fill="outline" loading={remove.isPending} onClick={confirmRemove}>
          {t('ui.webhooks.remove')}
        </Button>
      </div>
    </li>
  );
}
