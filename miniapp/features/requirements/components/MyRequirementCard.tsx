/** One requirement I reported: its status, my customers, the decisions so far, and "told the customer" per customer. */
import { formatDateTime } from '@miniapp/lib/format';
import { isDecided } from '@shared/domain/requirements';
import type { MyRequirement } from '@shared/schemas/requirements-loop';
import Button from 'antd-mobile/es/components/button';
import Tag from 'antd-mobile/es/components/tag';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { statusTone } from '../options';
import styles from './requirements.module.css';

interface MyRequirementCardProps {
  item: MyRequirement;
  onTold: (requirementId: string, customerId: string) => void;
  onContest: (requirementId: string, mergeId: string) => void;
  isSaving: boolean;
}

export const MyRequirementCard = memo(function MyRequirementCard({
  item,
  onTold,
  onContest,
  isSaving,
}: MyRequirementCardProps) {
  const { t } = useTranslation();
  const { requirement, myMentions, history } = item;
  const customers = [...new Map(myMentions.map((m) => [m.customerId, m])).values()];
  const canTell = isDecided(requirement.status) && history.length > 0;
  const titleId = `my-requirement-${requirement.id}`;
  return (
    <li>
      <article className={styles.card} aria-labelledby={titleId}>
        <div className={styles.cardHead}>
          <h2 id={titleId} className={styles.cardTitle}>
            {requirement.title}
          </h2>
          <Tag color={statusTone[requirement.status]}>
            {t(`ui.requirements.status.${requirement.status}`)}
          </Tag>
        </div>
        <span className={styles.meta}>
          {t('ui.requirements.mine.reportedFor', { names: customers.map((c) => c.customerName).join('、') })}
        </span>
        <MergeNotes mentions={myMentions} onContest={(mergeId) => onContest(requirement.id, mergeId)} />
        <section aria-label={t('ui.requirements.mine.history')}>
          {history.length === 0 ? (
            <span className={styles.meta}>{t('ui.requirements.mine.historyEmpty')}</span>
          ) : (
            <ol className={styles.history}>
              {history.map((decision) => (
                <li key={decision.id}>
                  {formatDateTime(decision.createdAt)} · {t(`ui.requirements.status.${decision.status}`)}
                  {decision.note ? <span className={styles.historyNote}>：{decision.note}</span> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
        {canTell ? (
          <div className={styles.actions}>
            {customers.map((mention) =>
              mention.toldAt ? (
                <span key={mention.customerId} className={styles.done}>
                  {mention.customerName} {t('ui.requirements.mine.told')}
                </span>
              ) : (
                <Button
                  key={mention.customerId}
                  size="small"
                  color="primary"
                  fill="outline"
                  loading={isSaving}
                  aria-label={`${t('ui.requirements.mine.tell')}：${mention.customerName}`}
                  onClick={() => onTold(requirement.id, mention.customerId)}
                >
                  {t('ui.requirements.mine.tell')}
                  {customers.length > 1 ? `（${mention.customerName}）` : ''}
                </Button>
              ),
            )}
          </div>
        ) : null}
      </article>
    </li>
  );
});

/** Mentions a PM moved here by a merge: where they came from, and "not the same need" while that is still open. */
function MergeNotes({
  mentions,
  onContest,
}: {
  mentions: MyRequirement['myMentions'];
  onContest: (mergeId: string) => void;
}) {
  const { t } = useTranslation();
  const merges = [
    ...new Map(
      mentions.flatMap((m) => (m.mergedFrom ? [[m.mergedFrom.mergeId, m.mergedFrom] as const] : [])),
    ).values(),
  ];
  return merges.map((merge) => (
    <div key={merge.mergeId} className={styles.actions}>
      <span className={styles.meta}>{t('ui.requirements.mine.mergedFrom', { title: merge.title })}</span>
      {merge.contestedAt ? (
        <span className={styles.meta}>{t('ui.requirements.mine.contested')}</span>
      ) : merge.canContest ? (
        <Button size="mini" fill="outline" onClick={() => onContest(merge.mergeId)}>
          {t('ui.requirements.mine.contest')}
        </Button>
      ) : null}
    </div>
  ));
}
