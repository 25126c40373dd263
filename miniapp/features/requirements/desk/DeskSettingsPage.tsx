/** Admins set the score weights (tier, segment, flag bonus, importance, per-customer cap); others read them. */
import { PageState } from '@miniapp/components/PageState';
import { isApiError } from '@miniapp/lib/api-client';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { customerFlags, segments, tiers } from '@shared/domain/customers';
import { importances } from '@shared/domain/requirements';
import type { ScoreWeightsBody } from '@shared/schemas/requirements-loop';
import { Alert, App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportInvalidAntd } from './antd-form-errors';
import { useSaveWeights, useWeights } from './desk-api';

export function DeskSettingsPage() {
  const weights = useWeights();
  return (
    <PageState
      isLoading={weights.isPending}
      error={weights.data ? null : weights.error}
      onRetry={() => void weights.refetch()}
      skeletonRows={6}
    >
      {weights.data ? <WeightsForm initial={weights.data} /> : null}
    </PageState>
  );
}

function WeightsForm({ initial }: { initial: ScoreWeightsBody }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<ScoreWeightsBody>();
  const save = useSaveWeights();
  const label = (key: string) => t(`ui.requirements.desk.settings.${key}`);
  const isAdmin = me.role === 'admin';

  async function submit(values: ScoreWeightsBody): Promise<void> {
    try {
      await save.mutateAsync(values);
      void message.success(label('saved'));
    } catch (error) {
      if (isApiError(error)) reportInvalidAntd(form, error.fields, error.message, message);
      else void message.error(t('errors.INTERNAL'));
    }
  }

  const group = (
    title: string,
    path: 'tier' | 'segment' | 'flag' | 'importance',
    keys: readonly string[],
    enumKey: (k: string) => string,
  ) => (
    <Card title={title} size="small">
      <Space wrap>
        {keys.map((key) => (
          <Form.Item key={key} name={[path, key]} label={t(enumKey(key))} rules={[{ required: true }]}>
            <InputNumber min={0} step={0.1} />
          </Form.Item>
        ))}
      </Space>
    </Card>
  );

  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 820 }}>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {label('title')}
      </Typography.Title>
      <Typography.Paragraph>{label('intro')}</Typography.Paragraph>
      {isAdmin ? null : <Alert type="info" title={label('forbidden')} />}
      <Form<ScoreWeightsBody>
        name="weights"
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!isAdmin}
        onFinish={(values) => void submit(values)}
      >
        <Space orientation="vertical" style={{ width: '100%' }}>
          {group(label('tier'), 'tier', tiers, (k) => `enums.tier.${k}`)}
          {group(label('segment'), 'segment', segments, (k) => `enums.segment.${k}`)}
          {group(label('flag'), 'flag', customerFlags, (k) => `enums.flag.${k}`)}
          {group(label('importance'), 'importance', importances, (k) => `ui.requirements.importance.${k}`)}
          <Form.Item name="customerCap" label={label('cap')} rules={[{ required: true }]}>
            <InputNumber min={0.1} step={1} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {label('save')}
          </Button>
        </Space>
      </Form>
    </Space>
  );
}
