/** One requirement for the PM: edit and classify, status workflow with a note, mentions, similar side by side, score. */

import { PageState } from '@miniapp/components/PageState';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { formatDateTime } from '@miniapp/lib/format';
import type { DecisionStatus } from '@shared/domain/requirements';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import { Alert, Button, Card, Col, Row, Space, Steps, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useRequirement } from '../api';
import { CommitmentsCard } from './CommitmentsCard';
import { DecisionModal, type DecisionRequest } from './DecisionModal';
import { useFollow } from './desk-api';
import { EditPanel } from './EditPanel';
import { MentionsTable } from './MentionsTable';
import { MergeModal, type MergeSource } from './MergeModal';
import { MergesCard } from './MergesCard';
import { ScoreExplanationCard } from './ScoreExplanationCard';
import { SimilarCompare } from './SimilarCompare';
import { statusColor } from './status-color';

const workflow = ['new', 'under_review', 'planned', 'in_progress', 'released'] as const;

export function DeskDetailPage() {
  const { id = '' } = useParams();
  const requirement = useRequirement(id);
  // Merged away (here or elsewhere): the survivor answers; its own address keeps edits on the right item.
  const survivorId = requirement.data?.id;
  if (survivorId && survivorId !== id) return <Navigate to={`/desk/requirements/${survivorId}`} replace />;
  return (
    <PageState
      isLoading={requirement.isPending}
      error={requirement.data ? null : requirement.error}
      onRetry={() => void requirement.refetch()}
      skeletonRows={6}
    >
      {requirement.data ? <Detail detail={requirement.data} /> : null}
    </PageState>
  );
}

function Detail({ detail }: { detail: RequirementDetail }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [decision, setDecision] = useState<DecisionRequest | null>(null);
  const [mergeSource, setMergeSource] = useState<MergeSource | null>(null);
  const decide = (status: DecisionStatus) => setDecision({ ids: [detail.id], status });
  const current = workflow.indexOf(detail.status as (typeof workflow)[number]);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/desk/requirements">← {t('ui.requirements.desk.detail.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {detail.title}{' '}
        <Tag color={statusColor[detail.status]}>{t(`ui.requirements.status.${detail.status}`)}</Tag>
      </Typography.Title>
      {detail.can.follow ? <FollowButton id={detail.id} isFollowing={detail.following} /> : null}
      {detail.mergedIntoId ? (
        <Alert
          type="info"
          title={
            <span>
              {t('ui.requirements.desk.detail.mergedInto')}{' '}
              <Link to={`/desk/requirements/${detail.mergedIntoId}`}>{detail.mergedIntoId}</Link>
            </span>
          }
        />
      ) : null}
      <Card title={t('ui.requirements.desk.detail.workflow')} size="small">
        <Steps
          size="small"
          current={current}
          status={detail.status === 'declined' ? 'error' : 'process'}
          items={workflow.map((status) => ({ title: t(`ui.requirements.status.${status}`) }))}
        />
        {detail.can.decide ? (
          <Space wrap style={{ marginTop: 12 }}>
            {(['under_review', 'planned', 'in_progress', 'released', 'declined'] as const)
              .filter((status) => status !== detail.status)
              .map((status) => (
                <Button key={status} danger={status === 'declined'} onClick={() => decide(status)}>
                  {t(`ui.requirements.status.${status}`)}
                </Button>
              ))}
            {detail.can.merge ? (
              <Button onClick={() => setMergeSource({ id: detail.id, title: detail.title })}>
                {t('ui.requirements.desk.merge.title')}
              </Button>
            ) : null}
          </Space>
        ) : null}
      </Card>
      <Row gutter={16}>
        <Col span={14}>
          <EditPanel detail={detail} me={me} />
        </Col>
        <Col span={10}>
          <ScoreExplanationCard explanation={detail.scoreExplanation} />
          <Card title={t('ui.requirements.desk.detail.history')} size="small" style={{ marginTop: 16 }}>
            {detail.decisions.length === 0 ? (
              <Typography.Text type="secondary">{t('ui.requirements.desk.detail.noHistory')}</Typography.Text>
            ) : (
              <Timeline
                items={detail.decisions.map((item) => ({
                  key: item.id,
                  content: (
                    <span>
                      {formatDateTime(item.createdAt)} · {item.decidedByName} ·{' '}
                      {t(`ui.requirements.status.${item.status}`)}
                      {item.note ? `：${item.note}` : ''}
                    </span>
                  ),
                }))}
              />
            )}
          </Card>
        </Col>
      </Row>
      <MergesCard merges={detail.merges} />
      <MentionsTable mentions={detail.mentions} />
      <CommitmentsCard detail={detail} />
      <SimilarCompare
        detail={detail}
        onMergeInto={(targetId) => setMergeSource({ id: detail.id, title: detail.title, targetId })}
      />
      <DecisionModal request={decision} onClose={() => setDecision(null)} />
      <MergeModal source={mergeSource} onClose={() => setMergeSource(null)} />
    </Space>
  );
}

function FollowButton({ id, isFollowing }: { id: string; isFollowing: boolean }) {
  const { t } = useTranslation();
  const follow = useFollow(id);
  return (
    <Button
      loading={follow.isPending}
      onClick={() => follow.mutate(!isFollowing)}
      style={{ alignSelf: 'flex-start' }}
    >
      {t(isFollowing ? 'ui.requirements.desk.unfollow' : 'ui.requirements.desk.follow')}
    </Button>
  );
}
