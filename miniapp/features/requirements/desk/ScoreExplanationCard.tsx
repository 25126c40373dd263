/** The score as plain arithmetic: each customer's weights and points, the cap, then the priority formula. */
import { formatScore } from '@miniapp/lib/format';
import type { ScoreExplanation } from '@shared/schemas/requirements';
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './desk.module.css';
import { withWord } from './scale-words';

type Row = ScoreExplanation['customers'][number];

export function ScoreExplanationCard({ explanation }: { explanation: ScoreExplanation }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`ui.requirements.desk.score.${key}`);
  return (
    <Card title={label('title')} size="small">
      <Table<Row>
        rowKey="customerId"
        size="small"
        pagination={false}
        dataSource={explanation.customers}
        columns={[
          { key: 'customer', title: label('customer'), dataIndex: 'customerName' },
          {
            key: 'weights',
            title: label('weights'),
            render: (_value, row) =>
              `${row.tierWeight} × ${row.segmentWeight} × ${row.flagBonus} × ${row.importanceWeight} = ${row.raw}`,
          },
          {
            key: 'points',
            title: label('contribution'),
            align: 'right',
            render: (_value, row) => (
              <span>
                {formatScore(row.points)} {row.capped ? <Tag>{label('capped')}</Tag> : null}
              </span>
            ),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              {label('total')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatScore(explanation.demand)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph className={styles.formula} style={{ marginTop: 12 }}>
        {t('ui.requirements.desk.score.formula', {
          demand: formatScore(explanation.demand),
          impact: withWord(t, 'impact', explanation.impact),
          confidence: withWord(t, 'confidence', explanation.confidence),
          effort: formatScore(explanation.effort),
          score: formatScore(explanation.score),
        })}
      </Typography.Paragraph>
    </Card>
  );
}
