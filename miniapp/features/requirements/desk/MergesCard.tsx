/** Merges into or out of this requirement: who merged what, a reporter's contest, and the PM's keep or undo. */
import { isApiError } from '@miniapp/lib/api-client';
import { formatDateTime } from '@miniapp/lib/format';
import type { MergeView } from '@shared/schemas/requirements';
import { App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMergeAction } from './desk-api';

export function MergesCard({ merges }: { merges: MergeView[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useMergeAction();
  const label = (key: string, values?: Record<string, string>) =>
    t(`ui.requirements.desk.merges.${key}`, values);
  if (merges.length === 0) return null;

  async function run(merge: MergeView, action: 'keep' | 'undo'): Promise<void> {
    try {
      await act.mutateAsync({
        mergeId: merge.id,
        sourceId: merge.sourceId,
        targetId: merge.targetId,
        action,
      });
      void message.success(label(action === 'keep' ? 'kept' : 'undone'));
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.INTERNAL'));
    }
  }

  return (
    <Card title={label('title')} size="small">
      <List
        size="small"
        dataSource={merges}
        renderItem={(merge) => (
          <List.Item
            actions={[
              merge.can.resolve ? (
                <Button key="keep" size="small" onClick={() => void run(merge, 'keep')}>
                  {label('keep')}
                </Button>
              ) : null,
              merge.can.undo ? (
                <Button key="undo" size="small" danger onClick={() => void run(merge, 'undo')}>
                  {label('undo')}
                </Button>
              ) : null,
            ].filter(Boolean)}
          >
            <Space orientation="vertical" size={2}>
              <Link to={`/desk/requirements/${merge.sourceId}`}>
                {label('from', { title: merge.sourceTitle })}
              </Link>
              <Typography.Text type="secondary">
                {label('by', { name: merge.mergedByName, date: formatDateTime(merge.createdAt) })}
              </Typography.Text>
              {merge.contestedAt ? (
                <Typography.Text>
                  <Tag color="orange">{t('ui.requirements.desk.contested')}</Tag>
                  {label('contested', { name: merge.contestedByName ?? '' })}
                  {merge.contestNote ? `：${merge.contestNote}` : ''}
                </Typography.Text>
              ) : null}
              {merge.undoneAt ? <Tag>{label('undoneLabel')}</Tag> : null}
              {merge.resolvedAt ? <Tag>{label('resolvedLabel')}</Tag> : null}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
