/** 添加映射: department or member, the platform's id for it (with where to find it), and the role; the shared schema checks it. */

import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { showSuccess } from '@miniapp/components/toast';
import type { Platform } from '@shared/domain/platforms';
import { type Role, roles } from '@shared/domain/roles';
import { parseLocalized } from '@shared/i18n/validation';
import { roleMappingCreate } from '@shared/schemas/platform';
import { Button, Form, Input } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { type RoleMappingBody, useAddRoleMapping } from '../api';
import styles from './roles.module.css';

type Subject = RoleMappingBody['subject'];
const subjects: Subject[] = ['department', 'user'];
const inputs = new Set(['subject', 'externalId', 'role']);

interface FormValues {
  subject?: Subject;
  externalId?: string;
  role?: Role;
}

const fieldFor = (path: string) => {
  const [head = ''] = path.split('.');
  return inputs.has(head) ? head : undefined;
};

interface RoleMappingFormProps {
  connectionId: string;
  /** Unknown until the connection list has loaded; the id hint waits for it. */
  platform: Platform | undefined;
}

export function RoleMappingForm({ connectionId, platform }: RoleMappingFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const add = useAddRoleMapping(connectionId);
  const subject = Form.useWatch('subject', form) ?? 'department';
  const subjectOptions = subjects.map((value) => ({
    value,
    label: t(`ui.connections.roles.subject.${value}`),
  }));
  const roleOptions = roles.map((value) => ({ value, label: t(`enums.role.${value}`) }));

  function submit(values: FormValues): void {
    const parsed = parseLocalized(roleMappingCreate, values, t);
    if (!parsed.ok) {
      reportInvalid(form, parsed.fields, fieldFor);
      return;
    }
    add.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.connections.roles.form.saved'));
        form.resetFields(['externalId', 'role']);
      },
      onError: (error) => reportSubmitError(form, error, fieldFor),
    });
  }

  return (
    <Form
      form={form}
      name="role-mapping"
      initialValues={{ subject: 'department' }}
      onFinish={submit}
      // A problem shown at an input goes away as soon as the person edits that input.
      onValuesChange={(changed: FormValues) =>
        form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })))
      }
      className={styles.form}
      footer={
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={add.isPending}>
          {t('ui.connections.roles.form.submit')}
        </Button>
      }
    >
      <Form.Header>{t('ui.connections.roles.form.title')}</Form.Header>
      <Form.Item name="subject" label={t('ui.connections.roles.form.subject')} required>
        <SingleChoiceChips label={t('ui.connections.roles.form.subject')} options={subjectOptions} />
      </Form.Item>
      <Form.Item
        name="externalId"
        label={t(`ui.connections.roles.form.externalId.${subject}`)}
        description={platform ? t(`ui.connections.roles.hints.${platform}.${subject}`) : undefined}
        required
      >
        <Input autoComplete="off" autoCapitalize="off" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t('ui.connections.roles.form.role')}
        description={t('ui.connections.roles.form.replaceNote')}
        required
      >
        <SingleChoiceChips label={t('ui.connections.roles.form.role')} options={roleOptions} />
      </Form.Item>
    </Form>
  );
}
