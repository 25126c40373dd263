/** What was promised to which customer, by whom and by when; overdue promises stand out. */
import { isApiError } from '@miniapp/lib/api-client';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import { App, Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { reportInvalidAntd } from './antd-form-errors';
import { useAddCommitment } from './desk-api';

type Commitment = RequirementDetail['commitments'][number];

interface CommitmentValues {
  customerId: string;
  dueDate: Dayjs;
  note?: string;
}

export function CommitmentsCard({ detail }: { detail: RequirementDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CommitmentValues>();
  const add = useAddCommitment(detail.id);
  const label = (key: string) => t(`ui.requirements.desk.commitments.${key}`);
  const customers = [...new Map(detail.mentions.map((m) => [m.customerId, m.customerName])).entries()];

  async function save(values: CommitmentValues): Promise<void> {
    try {
      await add.mutateAsync({
        customerId: values.customerId,
        dueDate: values.dueDate.format('YYYY-MM-DD'),
        note: values.note ?? '',
      });
      form.resetFields();
      void message.success(label('saved'));
    } catch (error) {
      if (isApiError(error)) reportInvalidAntd(form, error.fields, error.message, message);
      else void message.error(t('errors.INTERNAL'));
    }
  }

  const stateOf = (row: Commitment) =>
    row.fulfilledAt ? (
      <Tag color="green">{label('fulfilled')}</Tag>
    ) : row.overdue ? (
      <Tag color="red">{label('overdue')}</Tag>
    ) : (
      <Tag>{label('open')}</Tag>
    );

  return (
    <Card title={label('title')} size="small">
      <Table<Commitment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={detail.commitments}
        locale={{ emptyText: label('none') }}
        columns={[
          { key: 'customer', title: label('customer'), dataIndex: 'customerName' },
          { key: 'due', title: label('dueDate'), dataIndex: 'dueDate' },
          { key: 'by', title: label('promisedBy'), dataIndex: 'promisedByName' },
          {
            key: 'note',
            title: label('note'),
            dataIndex: 'note',
            render: (note: string | null) => note ?? '—',
          },
          { key: 'state', title: '', render: (_value, row) => stateOf(row) },
        ]}
      />
      {detail.can.commit ? (
        <Form<CommitmentValues>
          name="commitment"
          form={form}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          onFinish={(values) => void save(values)}
        >
          <Form.Item name="customerId" label={label('customer')} rules={[{ required: true }]}>
            <Select
              style={{ width: 180 }}
              options={customers.map(([value, name]) => ({ value, label: name }))}
              aria-label={label('customer')}
            />
          </Form.Item>
          <Form.Item name="dueDate" label={label('dueDate')} rules={[{ required: true }]}>
            <DatePicker aria-label={label('dueDate')} />
          </Form.Item>
          <Form.Item name="note" label={label('note')}>
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {label('add')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
