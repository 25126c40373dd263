/** Classify and rank: title, description, category, kind, impact, confidence, effort, owner PM, target release. */

import { isApiError } from '@miniapp/lib/api-client';
import { confidenceSteps, impactSteps, requirementKinds } from '@shared/domain/requirements';
import type { Me } from '@shared/schemas/auth';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportInvalidAntd } from './antd-form-errors';
import { useUpdateRequirement } from './desk-api';
import { PersonSelect } from './PersonSelect';
import { scaleWord, withWord } from './scale-words';

/** Only product managers (and admins standing in) can own a requirement; the server refuses anyone else. */
const ownerRoles = ['pm', 'admin'] as const;

interface EditValues {
  title: string;
  description: string | null;
  category: string | null;
  kind: RequirementDetail['kind'];
  impact: number;
  confidence: number;
  effort: number;
  ownerId: string | null;
  targetRelease: string | null;
}

export function EditPanel({ detail, me }: { detail: RequirementDetail; me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateRequirement(detail.id);
  const effort = Form.useWatch('effort', form) ?? detail.effort;
  // The steps of each scale, and the stored value when it lies between them, each with its word.
  const stepsOf = (field: 'impact' | 'confidence', steps: readonly number[]) =>
    [...new Set([...steps, detail[field]])]
      .sort((a, b) => b - a)
      .map((value) => ({ value, label: withWord(t, field, value) }));
  const label = (key: string) => t(`ui.requirements.desk.detail.${key}`);
  const owners = [
    ...(detail.ownerId && detail.ownerId !== me.id
      ? [{ value: detail.ownerId, label: detail.ownerName ?? '' }]
      : []),
    { value: me.id, label: me.name },
  ];

  async function save(values: EditValues): Promise<void> {
    try {
      await update.mutateAsync({ ...values, kind: values.kind ?? undefined, version: detail.version });
      void message.success(label('saved'));
    } catch (error) {
      if (isApiError(error)) reportInvalidAntd(form, error.fields, error.message, message);
      else void message.error(t('errors.INTERNAL'));
    }
  }

  return (
    <Card title={label('edit')} size="small">
      <Form<EditValues>
        name="requirement-edit"
        key={`${detail.id}:${detail.version}`}
        form={form}
        layout="vertical"
        disabled={!detail.can.update}
        initialValues={{
          title: detail.title,
          description: detail.description,
          category: detail.category,
          kind: detail.kind,
          impact: detail.impact,
          confidence: detail.confidence,
          effort: detail.effort,
          ownerId: detail.ownerId,
          targetRelease: detail.targetRelease,
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.Item
          name="title"
          label={t('ui.requirements.form.title')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="description" label={label('description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="category" label={label('category')}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="kind" label={label('kind')}>
              <Select
                allowClear
                options={requirementKinds.map((kind) => ({
                  value: kind,
                  label: t(`ui.requirements.kind.${kind}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="impact" label={label('impact')}>
              <Select options={stepsOf('impact', impactSteps)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="confidence" label={label('confidence')}>
              <Select options={stepsOf('confidence', confidenceSteps)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="effort"
              label={label('effort')}
              extra={typeof effort === 'number' ? scaleWord.effort(t, effort) : null}
            >
              <InputNumber
                min={0.1}
                max={1000}
                step={0.5}
                suffix={t('ui.requirements.scale.personWeeks')}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="ownerId" label={label('owner')}>
              <PersonSelect placeholder={label('ownerPlaceholder')} roles={ownerRoles} known={owners} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="targetRelease" label={label('targetRelease')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {label('save')}
        </Button>
      </Form>
    </Card>
  );
}
