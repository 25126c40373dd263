/** 我的 → Webhook → 推送记录: a hook's newest deliveries (event, status, HTTP status, attempts, reason, times); re-send one. */

import cards from '@miniapp/components/card-list.module.css';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { Tag, type TagTone } from '@miniapp/components/Tag';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { formatDateTime } from '@miniapp/lib/format';
import type { WebhookDelivery, WebhookDeliveryStatus } from '@shared/schemas/webhooks';
import Button from 'antd-mobile/es/components/button';
import { UnorderedListOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useResendDelivery, useWebhookDeliveries } from '../api';

const tones: Record<WebhookDeliveryStatus, TagTone> = { pending: 'plain', delivered: 'ok', failed: 'warn' };

function DeliveryCard({ webhookId, delivery }: { webhookId: string; delivery: WebhookDelivery }) {
  const { t } = useTranslation();
  const resend = useResendDelivery(webhookId);
  const outcome = [
    delivery.httpStatus === null ? null : t('ui.webhooks.httpStatus', { status: delivery.httpStatus }),
    t('ui.webhooks.attempts', { count: delivery.attempts }),
  ].filter(Boolean);

  function send(): void {
    resend.mutate(delivery.id, {
      onSuccess: () => showSuccess(t('ui.webhooks.resentToast')),
      onError: (error) => showFailure(error.message),
    });
  }

  return (
    <li className={cards.card} data-testid="webhook-delivery">
      <div className={cards.head}>
        <p className={cards.name}>{t(`ui.webhooks.eventNames.${delivery.event}`)}</p>
        <span className={cards.tags}>
          {delivery.resendOf ? <Tag>{t('ui.webhooks.resent')}</Tag> : null}
          <Tag tone={tones[delivery.status]}>{t(`ui.webhooks.statuses.${delivery.status}`)}</Tag>
        </span>
      </div>
      <p className={cards.detail}>{outcome.join(' · ')}</p>
      {delivery.lastError ? (
        <p className={cards.detail}>{t('ui.webhooks.lastError', { error: delivery.lastError })}</p>
      ) : null}
      <p className={cards.detail}>
        {t('ui.webhooks.createdAt', { date: formatDateTime(delivery.createdAt) })}
        {delivery.lastAttemptAt
          ? ` · ${t('ui.webhooks.lastAttemptAt', { date: formatDateTime(delivery.lastAttemptAt) })}`
          : null}
      </p>
      <div className={cards.actions}>
        <Button size="small" fill="outline" loading={resend.isPending} onClick={send}>
          {t('ui.webhooks.resend')}
        </Button>
      </div>
    </li>
  );
}

export function WebhookDeliveriesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const deliveries = useWebhookDeliveries(id);
  const items = deliveries.data?.items ?? [];

  return (
    <main className={cards.page}>
      <PageHeader title={t('ui.webhooks.deliveriesTitle')} backFallback="/me/webhooks" />
      <PageState
        isLoading={deliveries.isPending}
        error={deliveries.data ? null : deliveries.error}
        onRetry={() => void deliveries.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <UnorderedListOutline />,
          title: t('ui.webhooks.deliveriesEmptyTitle'),
          description: t('ui.webhooks.deliveriesEmptyBody'),
        }}
        skeletonRows={3}
      >
        <ul className={cards.list} aria-label={t('ui.webhooks.deliveriesTitle')}>
          {items.map((delivery) => (
            <DeliveryCard key={delivery.id} webhookId={id} delivery={delivery} />
          ))}
        </ul>
      </PageState>
    </main>
  );
}
