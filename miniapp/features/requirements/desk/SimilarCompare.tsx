/** Similar requirements beside this one: pick one to read both side by side, and merge this into it. */
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import { Button, Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRequirement } from '../api';
import styles from './desk.module.css';
import { statusColor } from './status-color';

interface SimilarCompareProps {
  detail: RequirementDetail;
  onMergeInto: (targetId: string) => void;
}

export function SimilarCompare({ detail, onMergeInto }: SimilarCompareProps) {
  const { t } = useTranslation();
  const [compareId, setCompareId] = useState<string | null>(detail.similar[0]?.id ?? null);
  const label = (key: string) => t(`ui.requirements.desk.detail.${key}`);
  if (detail.similar.length === 0) {
    return (
      <Card title={label('similar')} size="small">
        <Empty description={label('noSimilar')} />
      </Card>
    );
  }
  return (
    <Card title={label('similar')} size="small">
      <List
        size="small"
        dataSource={detail.similar}
        renderItem={(item) => (
          <List.Item
            actions={[
              <Button
                key="compare"
                size="small"
                type={item.id === compareId ? 'primary' : 'default'}
                onClick={() => setCompareId(item.id)}
              >
                {label('compare')}
              </Button>,
            ]}
          >
            <Link to={`/desk/requirements/${item.id}`}>{item.title}</Link>{' '}
            <Tag color={statusColor[item.status]}>{t(`ui.requirements.status.${item.status}`)}</Tag>
          </List.Item>
        )}
      />
      {compareId ? (
        <div className={styles.compare} style={{ marginTop: 12 }}>
          <Side title={label('thisOne')} detail={detail} />
          <OtherSide id={compareId} canMerge={detail.can.merge} onMergeInto={onMergeInto} />
        </div>
      ) : null}
    </Card>
  );
}

function Side({
  title,
  detail,
  extra,
}: {
  title: string;
  detail: RequirementDetail;
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card type="inner" size="small" title={title} extra={extra}>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {detail.title}
      </Typography.Title>
      <Typography.Paragraph>
        {detail.description ?? t('ui.requirements.desk.detail.noDescription')}
      </Typography.Paragraph>
      <ul>
        {detail.mentions.slice(0, 5).map((mention) => (
          <li key={mention.id}>
            {mention.customerName}：{mention.quote ?? '—'}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function OtherSide({
  id,
  canMerge,
  onMergeInto,
}: {
  id: string;
  canMerge: boolean;
  onMergeInto: (id: string) => void;
}) {
  const { t } = useTranslation();
  const other = useRequirement(id);
  if (!other.data) return <Skeleton active />;
  return (
    <Side
      title={other.data.title}
      detail={other.data}
      extra={
        canMerge ? (
          <Button size="small" type="primary" onClick={() => onMergeInto(id)}>
            {t('ui.requirements.desk.merge.intoThis')}
          </Button>
        ) : null
      }
    />
  );
}
