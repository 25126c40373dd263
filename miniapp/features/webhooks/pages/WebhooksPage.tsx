/** 我的 → Webhook (admins): the company's hooks; subscribe one (its secret shown once), open a log, or delete one. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import cards from '@miniapp/components/card-list.module.css';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { SecretShownOnce } from '@miniapp/components/SecretShownOnce';
import { showSuccess } from '@miniapp/components/toast';
import type { CreatedWebhook } from '@shared/schemas/webhooks';
import Button from 'antd-mobile/es/components/button';
import { SendOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWebhooks } from '../api';
import { CreateWebhookForm } from '../components/CreateWebhookForm';
import { WebhookCard } from '../components/WebhookCard';

export function WebhooksPage() {
  const { t } = useTranslation();
  const hooks = useWebhooks();
  const [isCreating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedWebhook | null>(null);
  const items = hooks.data?.items ?? [];

  function onCreated(hook: CreatedWebhook): void {
    setCreating(false);
    setCreated(hook);
    showSuccess(t('ui.webhooks.createdToast'));
  }

  return (
    <main className={cards.page}>
      <PageHeader
        title={t('ui.webhooks.title')}
        backFallback="/me"
        actions={
          <Button size="small" color="primary" shape="rounded" onClick={() => setCreating(true)}>
            {t('ui.webhooks.create')}
          </Button>
        }
      />
      <p className={cards.usage}>{t('ui.webhooks.usage')}</p>
      <PageState
        isLoading={hooks.isPending}
        error={hooks.data ? null : hooks.error}
        onRetry={() => void hooks.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <SendOutline />,
          title: t('ui.webhooks.emptyTitle'),
          description: t('ui.webhooks.emptyBody'),
        }}
        skeletonRows={2}
      >
        <ul className={cards.list} aria-label={t('ui.webhooks.title')}>
          {items.map((hook) => (
            <WebhookCard key={hook.id} hook={hook} />
          ))}
        </ul>
      </PageState>
      <SheetFrame isOpen={isCreating} onClose={() => setCreating(false)}>
        <CreateWebhookForm onCreated={onCreated} />
      </SheetFrame>
      <SecretShownOnce
        secret={created?.secret ?? null}
        text={{
          title: t('ui.webhooks.shownOnceTitle'),
          warning: t('ui.webhooks.shownOnceWarning'),
          done: t('ui.webhooks.done'),
          copy: t('ui.webhooks.copy'),
          copied: t('ui.webhooks.copied'),
          copyFailed: t('ui.webhooks.copyFailed'),
        }}
        testId="webhook-secret"
        onDone={() => setCreated(null)}
      />
    </main>
  );
}
