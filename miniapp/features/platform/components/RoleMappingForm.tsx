/**
 * 添加映射: a department or a member picked by name from the platform's directory, and the role; the shared schema
 * checks it. Feishu apps often may not read departments, so there members are mapped by default.
 */

import { BottomSheet } from '@miniapp/components/BottomSheet';
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { showSuccess } from '@miniapp/components/toast';
import type { Platform } from '@shared/domain/platforms';
import { type Role, roles } from '@shared/domain/roles';
import { parseLocalized } from '@shared/i18n/validation';
import { roleMappingCreate } from '@shared/schemas/platform';
import { Button, Form } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RoleMappingBody, useAddRoleMapping } from '../api';
import { DepartmentPicker, type DirectoryChoice, PersonPicker } from './DirectoryPicker';
import styles from './roles.module.css';

type Subject = RoleMappingBody['subject'];
const subjects: Subject[] = ['department', 'user'];

interface FormValues {
  subject?: Subject;
  picked?: DirectoryChoice;
  role?: Role;
}

const fieldFor = (path: string) => {
  const [head = ''] = path.split('.');
  if (head === 'externalId' || head === 'name') return 'picked';
  return head === 'subject' || head === 'role' ? head : undefined;
};

interface RoleMappingFormProps {
  connectionId: string;
  platform: Platform;
}

export function RoleMappingForm({ connectionId, platform }: RoleMappingFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const add = useAddRoleMapping(connectionId);
  const initialSubject: Subject = platform === 'feishu' ? 'user' : 'department';
  const subject = Form.useWatch('subject', form) ?? initialSubject;
  const subjectOptions = subjects.map((value) => ({
    value,
    label: t(`ui.connections.roles.subject.${value}`),
  }));
  const roleOptions = roles.map((value) => ({ value, label: t(`enums.role.${value}`) }));

  function submit(values: FormValues): void {
    const body = {
      subject: values.subject,
      externalId: values.picked?.id,
      name: values.picked?.name,
      role: values.role,
    };
    const parsed = parseLocalized(roleMappingCreate, body, t);
    if (!parsed.ok) {
      reportInvalid(form, parsed.fields, fieldFor);
      return;
    }
    add.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.connections.roles.form.saved'));
        form.resetFields(['picked', 'role']);
      },
      onError: (error) => reportSubmitError(form, error, fieldFor),
    });
  }

  return (
    <Form
      form={form}
      name="role-mapping"
      initialValues={{ subject: initialSubject }}
      onFinish={submit}
      // A problem shown at an input goes away as soon as the person edits that input; a new subject needs a new pick.
      onValuesChange={(changed: FormValues) => {
        form.setFields(Object.keys(changed).map((name) => ({ name, errors: [] })));
        if (changed.subject) form.setFieldValue('picked', undefined);
      }}
      className={styles.form}
      footer={
        <Button block type="submit" color="primary" shape="rounded" size="large" loading={add.isPending}>
          {t('ui.connections.roles.form.submit')}
        </Button>
      }
    >
      <Form.Header>{t('ui.connections.roles.form.title')}</Form.Header>
      <Form.Item
        name="subject"
        label={t('ui.connections.roles.form.subject')}
        description={platform === 'feishu' ? t('ui.connections.roles.picker.feishuDefault') : undefined}
        required
      >
        <SingleChoiceChips label={t('ui.connections.roles.form.subject')} options={subjectOptions} />
      </Form.Item>
      <Form.Item name="picked" label={t(`ui.connections.roles.subject.${subject}`)} required>
        <DirectoryField connectionId={connectionId} platform={platform} subject={subject} />
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

interface DirectoryFieldProps {
  connectionId: string;
  platform: Platform;
  subject: Subject;
  value?: DirectoryChoice | undefined;
  onChange?: (value: DirectoryChoice) => void;
}

/** The form field: what was picked, by name, and the sheet to pick it in. */
function DirectoryField({ connectionId, platform, subject, value, onChange }: DirectoryFieldProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const platformName = t(`ui.platforms.${platform}`);
  const pick = (choice: DirectoryChoice) => {
    onChange?.(choice);
    setOpen(false);
  };
  const Picker = subject === 'department' ? DepartmentPicker : PersonPicker;
  const title =
    subject === 'department'
      ? t('ui.connections.roles.picker.departmentsTitle', { platform: platformName })
      : t('ui.connections.roles.picker.peopleTitle', { platform: platformName });
  return (
    <div className={styles.picked}>
      {value ? (
        <span className={styles.pickedName}>
          {t('ui.connections.roles.form.picked', { name: value.name })}
        </span>
      ) : null}
      <Button size="small" shape="rounded" fill="outline" color="primary" onClick={() => setOpen(true)}>
        {value ? t('ui.connections.roles.form.change') : t(`ui.connections.roles.form.pick.${subject}`)}
      </Button>
      <BottomSheet isOpen={isOpen} title={title} onClose={() => setOpen(false)}>
        <section aria-label={title}>
          <Picker connectionId={connectionId} platform={platform} onPick={pick} />
        </section>
      </BottomSheet>
    </div>
  );
}
