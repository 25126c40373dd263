/** Every mention: which customer, in their words, who reported it, from where, how important, and when. */
import { formatDateTime } from '@miniapp/lib/format';
import type { MentionView } from '@shared/schemas/requirements';
import { Card, Image, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';

export function MentionsTable({ mentions }: { mentions: MentionView[] }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`ui.requirements.desk.detail.${key}`);
  const sourceOf = (mention: MentionView) =>
    mention.visitId
      ? label('sourceVisit')
      : mention.projectId
        ? label('sourceProject')
        : label('sourceDirect');
  return (
    <Card title={t('ui.requirements.desk.detail.mentions', { count: mentions.length })} size="small">
      <Table<MentionView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={mentions}
        columns={[
          { key: 'customer', title: label('customer'), dataIndex: 'customerName', width: 180 },
          {
            key: 'quote',
            title: label('quote'),
            dataIndex: 'quote',
            render: (quote: string | null) => quote ?? '—',
          },
          {
            key: 'importance',
            title: label('importance'),
            dataIndex: 'importance',
            width: 110,
            render: (value: MentionView['importance']) => t(`ui.requirements.importance.${value}`),
          },
          {
            key: 'photos',
            title: label('photos'),
            width: 140,
            render: (_value, row) => <MentionPhotos mention={row} />,
          },
          { key: 'reporter', title: label('reporter'), dataIndex: 'reporterName', width: 110 },
          { key: 'source', title: label('source'), width: 100, render: (_value, row) => sourceOf(row) },
          {
            key: 'date',
            title: label('date'),
            dataIndex: 'createdAt',
            width: 170,
            render: (value: string) => formatDateTime(value),
          },
        ]}
      />
    </Card>
  );
}

/** The mention's photos as small previews (click to enlarge); files other than images are plain links. */
function MentionPhotos({ mention }: { mention: MentionView }) {
  const { t } = useTranslation();
  if (mention.attachments.length === 0) return '—';
  return (
    <Space size={4} wrap>
      {mention.attachments.map((file, index) =>
        file.mime.startsWith('image/') ? (
          <Image
            key={file.id}
            src={file.url}
            width={40}
            height={40}
            style={{ objectFit: 'cover' }}
            alt={t('ui.requirements.desk.detail.photoOf', { name: mention.customerName, index: index + 1 })}
          />
        ) : (
          <a key={file.id} href={file.url} target="_blank" rel="noreferrer">
            {t('ui.requirements.desk.detail.file', { index: index + 1 })}
          </a>
        ),
      )}
    </Space>
  );
}
