/** 我的 → API 令牌 (admins): the company's tokens; make one (its secret shown once) or revoke one. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import cards from '@miniapp/components/card-list.module.css';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { SecretShownOnce } from '@miniapp/components/SecretShownOnce';
import { showSuccess } from '@miniapp/components/toast';
import type { CreatedApiToken } from '@shared/schemas/api-tokens';
import Button from 'antd-mobile/es/components/button';
import { KeyOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiTokens } from '../api';
import { ApiTokenCard } from '../components/ApiTokenCard';
import { CreateTokenForm } from '../components/CreateTokenForm';

export function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const [isCreating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const items = tokens.data?.items ?? [];

  function onCreated(token: CreatedApiToken): void {
    setCreating(false);
    setCreated(token);
    showSuccess(t('ui.apiTokens.createdToast', { name: token.name }));
  }

  return (
    <main className={cards.page}>
      <PageHeader
        title={t('ui.apiTokens.title')}
        backFallback="/me"
        actions={
          <Button size="small" color="primary" shape="rounded" onClick={() => setCreating(true)}>
            {t('ui.apiTokens.create')}
          </Button>
        }
      />
      <p className={cards.usage}>{t('ui.apiTokens.usage')}</p>
      <PageState
        isLoading={tokens.isPending}
        error={tokens.data ? null : tokens.error}
        onRetry={() => void tokens.refetch()}
        isEmpty={items.length === 0}
        empty={{
          icon: <KeyOutline />,
          title: t('ui.apiTokens.emptyTitle'),
          description: t('ui.apiTokens.emptyBody'),
        }}
        skeletonRows={2}
      >
        <ul className={cards.list} aria-label={t('ui.apiTokens.title')}>
          {items.map((token) => (
            <ApiTokenCard key={token.id} token={token} />
          ))}
        </ul>
      </PageState>
      <SheetFrame isOpen={isCreating} onClose={() => setCreating(false)}>
        <CreateTokenForm onCreated={onCreated} />
      </SheetFrame>
      <SecretShownOnce
        secret={created?.token ?? null}
        text={{
          title: t('ui.apiTokens.shownOnceTitle'),
          warning: t('ui.apiTokens.shownOnceWarning'),
          done: t('ui.apiTokens.done'),
          copy: t('ui.apiTokens.copy'),
          copied: t('ui.apiTokens.copied'),
          copyFailed: t('ui.apiTokens.copyFailed'),
        }}
        testId="api-token-secret"
        onDone={() => setCreated(null)}
      />
    </main>
  );
}
