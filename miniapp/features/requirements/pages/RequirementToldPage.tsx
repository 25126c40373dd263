/**
 * A requirement as its reporter sees it, opened from the decision card in DingTalk/WeCom/Feishu: the decision, a sentence to pass on, and the rep's
 * "I told the customer" for each of their customers; the loop closes per customer only on this confirmation.
 */
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { isDecided } from '@shared/domain/requirements';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import Button from 'antd-mobile/es/components/button';
import Tag from 'antd-mobile/es/components/tag';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate, useParams, useSearchParams } from 'react-router';
import { useConfirmTold, useRequirement } from '../api';
import styles from '../components/requirements.module.css';
import { statusTone } from '../options';

export function RequirementToldPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const requirement = useRequirement(id);
  const isTelling = useMatch('/requirements/:id/told') !== null;
  return (
    <main className={styles.page}>
      <PageHeader
        title={isTelling ? t('ui.requirements.told.title') : t('ui.requirements.told.detailTitle')}
        backFallback="/requirements"
      />
      <PageState
        isLoading={requirement.isPending}
        error={requirement.data ? null : requirement.error}
        onRetry={() => void requirement.refetch()}
        skeletonRows={2}
      >
        {requirement.data ? <ToldCard detail={requirement.data} /> : null}
      </PageState>
    </main>
  );
}

function suggestionOf(
  detail: RequirementDetail,
  note: string,
  t: ReturnType<typeof useTranslation>['t'],
): string {
  if (detail.status === 'merged') return '';
  const release = detail.targetRelease
    ? t('ui.requirements.messages.releaseSuffix', { release: detail.targetRelease })
    : '';
  return t(`ui.requirements.messages.suggestion.${detail.status}`, { title: detail.title, release, note });
}

function ToldCard({ detail }: { detail: RequirementDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  // The card's link names the rep's mention; its customer is the one to confirm for.
  const linkedMention = params.get('mention');
  const onlyCustomer = detail.mentions.find((m) => m.id === linkedMention)?.customerId ?? null;
  const told = useConfirmTold();
  const latest = detail.decisions.at(-1) ?? null;
  const mine = [
    ...new Map(
      detail.mentions
        .filter((m) => m.reporterId === me.id && (onlyCustomer === null || m.customerId === onlyCustomer))
        .map((m) => [m.customerId, m]),
    ).values(),
  ];
  const hasDecision = isDecided(detail.status) && latest !== null;

  function confirm(customerId: string): void {
    told.mutate(
      { requirementId: detail.id, customerId },
      {
        onSuccess: () => showSuccess(t('ui.requirements.told.done')),
        onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
      },
    );
  }

  return (
    <section className={styles.told} aria-labelledby="told-title">
      <h2 id="told-title" className={styles.cardTitle}>
        {detail.title}
      </h2>
      <p className={styles.meta}>{t('ui.requirements.told.intro')}</p>
      <div>
        <span className={styles.label}>{t('ui.requirements.told.newStatus')}：</span>
        <Tag color={statusTone[detail.status]}>{t(`ui.requirements.status.${detail.status}`)}</Tag>
      </div>
      {latest?.note ? (
        <div>
          <div className={styles.label}>{t('ui.requirements.told.note')}</div>
          <p className={styles.quote}>{latest.note}</p>
        </div>
      ) : null}
      {hasDecision ? (
        <div>
          <div className={styles.label}>{t('ui.requirements.told.suggestion')}</div>
          <p className={styles.quote}>{suggestionOf(detail, latest.note ?? '', t)}</p>
        </div>
      ) : (
        <p role="status">{t('ui.requirements.told.nothingToTell')}</p>
      )}
      {hasDecision
        ? mine.map((mention) =>
            mention.toldAt ? (
              <p key={mention.customerId} className={styles.done} role="status">
                {mention.customerName}：{t('ui.requirements.told.alreadyDone')}
              </p>
            ) : (
              <Button
                key={mention.customerId}
                block
                color="primary"
                shape="rounded"
                loading={told.isPending}
                onClick={() => confirm(mention.customerId)}
              >
                {t('ui.requirements.told.confirm')}
                {mine.length > 1 ? `（${mention.customerName}）` : ''}
              </Button>
            ),
          )
        : null}
      <Button block fill="outline" shape="rounded" onClick={() => void navigate('/requirements')}>
        {t('ui.requirements.told.back')}
      </Button>
    </section>
  );
}
