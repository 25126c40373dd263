/** One token: name, scope and state, who made it when, last use and expiry; revoke it after a confirmation. */

import cards from '@miniapp/components/card-list.module.css';
import { Tag } from '@miniapp/components/Tag';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { formatDate, formatDateTime } from '@miniapp/lib/format';
import type { ApiToken } from '@shared/schemas/api-tokens';
import Button from 'antd-mobile/es/components/button';
import Dialog from 'antd-mobile/es/components/dialog';
import { useTranslation } from 'react-i18next';
import { useRevokeApiToken } from '../api';

export function ApiTokenCard({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiToken();
  const isActive = token.state === 'active';

  async function confirmRevoke(): Promise<void> {
    const isConfirmed = await Dialog.confirm({
      content: t('ui.apiTokens.revokeConfirm', { name: token.name }),
      confirmText: t('ui.apiTokens.revoke'),
      cancelText: t('ui.common.cancel'),
    });
    if (!isConfirmed) return;
    revoke.mutate(token.id, {
      onSuccess: () => showSuccess(t('ui.apiTokens.revokedToast', { name: token.name })),
      onError: (error) => showFailure(error.message),
    });
  }

  return (
    <li className={isActive ? cards.card : `${cards.card} ${cards.muted}`}>
      <div className={cards.head}>
        <p className={cards.name}>{token.name}</p>
        <span className={cards.tags}>
          <Tag>{t(`ui.apiTokens.scopes.${token.scope}`)}</Tag>
          <Tag tone={isActive ? 'ok' : 'warn'}>{t(`ui.apiTokens.states.${token.state}`)}</Tag>
        </span>
      </div>
      <p className={cards.detail}>
        {t('ui.apiTokens.createdBy', { name: token.createdByName, date: formatDate(token.createdAt) })}
      </p>
      <p className={cards.detail}>
        {token.lastUsedAt
          ? t('ui.apiTokens.lastUsed', { date: formatDateTime(token.lastUsedAt) })
          : t('ui.apiTokens.neverUsed')}
        {' · '}
        {token.expiresAt
          ? t('ui.apiTokens.expires', { date: formatDate(token.expiresAt) })
          : t('ui.apiTokens.noExpiry')}
      </p>
      {isActive ? (
        <div className={cards.actions}>
          <Button
            size="small"
            color="danger"
            fill="outline"
            loading={revoke.isPending}
            onClick={confirmRevoke}
          >
            {t('ui.apiTokens.revoke')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
