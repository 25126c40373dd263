/** Beside the table: the selected requirement's key facts and latest mentions, without leaving the list. */
import { PageState } from '@miniapp/components/PageState';
import { formatDate, formatDateTime, formatScore } from '@miniapp/lib/format';
import type { RequirementDetail, RequirementListItem } from '@shared/schemas/requirements-pages';
import { Card, Descriptions, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequirement } from '../api';
import { useAge } from './age';
import styles from './desk.module.css';
import { withWord } from './scale-words';
import { statusColor } from './status-color';

const latestCount = 3;

export function RequirementPreview({ row }: { row: RequirementListItem | undefined }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('ui.requirements.desk.preview.title')}
      size="small"
      className={styles.preview}
      role="region"
      aria-label={t('ui.requirements.desk.preview.title')}
    >
      {row ? <Preview key={row.id} row={row} /> : null}
    </Card>
  );
}

function Preview({ row }: { row: RequirementListItem }) {
  const detail = useRequirement(row.id);
  return (
    <PageState
      isLoading={detail.isPending}
      error={detail.data ? null : detail.error}
      onRetry={() => void detail.refetch()}
      skeletonRows={4}
    >
      {detail.data ? <Facts row={row} detail={detail.data} /> : null}
    </PageState>
  );
}

function Facts({ row, detail }: { row: RequirementListItem; detail: RequirementDetail }) {
  const { t } = useTranslation();
  const age = useAge();
  const column = (key: string) => t(`ui.requirements.desk.columns.${key}`);
  const field = (key: string) => t(`ui.requirements.desk.detail.${key}`);
  const latest = [...detail.mentions]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, latestCount);
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
        <Link to={`/desk/requirements/${detail.id}`}>{detail.title}</Link>{' '}
        <Tag color={statusColor[detail.status]}>{t(`ui.requirements.status.${detail.status}`)}</Tag>
      </Typography.Title>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
        {detail.description ?? t('ui.requirements.desk.preview.noDescription')}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={2}
        title={t('ui.requirements.desk.preview.facts')}
        items={[
          { key: 'score', label: column('score'), children: formatScore(detail.score) },
          { key: 'demand', label: column('demand'), children: formatScore(detail.demand) },
          { key: 'customers', label: column('customers'), children: detail.customerCount },
          { key: 'mentions', label: column('mentions'), children: detail.mentionCount },
          { key: 'impact', label: field('impact'), children: withWord(t, 'impact', detail.impact) },
          {
            key: 'confidence',
            label: field('confidence'),
            children: withWord(t, 'confidence', detail.confidence),
          },
          {
            key: 'effort',
            label: field('effort'),
            children: `${formatScore(detail.effort)} ${t('ui.requirements.scale.personWeeks')}`,
          },
          {
            key: 'kind',
            label: field('kind'),
            children: detail.kind ? t(`ui.requirements.kind.${detail.kind}`) : '—',
          },
          { key: 'category', label: field('category'), children: detail.category ?? '—' },
          { key: 'owner', label: field('owner'), children: detail.ownerName ?? '—' },
          { key: 'reporter', label: column('reporter'), children: row.reporterName },
          { key: 'age', label: column('age'), children: age(detail.createdAt) },
          { key: 'lastMention', label: column('lastMention'), children: formatDate(row.lastMentionAt) },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 14 }}>
        {t('ui.requirements.desk.preview.latestMentions')}
      </Typography.Title>
      <List
        size="small"
        dataSource={latest}
        locale={{ emptyText: t('ui.requirements.desk.preview.noMentions') }}
        renderItem={(mention) => (
          <List.Item key={mention.id}>
            <List.Item.Meta
              title={`${mention.customerName} · ${t(`ui.requirements.importance.${mention.importance}`)}`}
              description={
                <>
                  {mention.quote ? <div>“{mention.quote}”</div> : null}
                  <div>
                    {mention.reporterName} · {formatDateTime(mention.createdAt)}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
