/**
 * 添加映射: a department or a member picked by name from the platform's directory, and the role; the shared schema
 * checks it. Feishu apps often may not read departments, so there members are mapped by default.
 */

import { BottomSheet } from '@miniapp/components/BottomSheet';
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { reportInvalid, reportSubmitError } from '@miniapp/components/form-errors';
import { showSuccess } from '@miniapp/components/toast';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import type { Platform } from '@shared/domain/platforms';
import { type Role, roles } from '@shared/domain/roles';
import { parseLocalized } from '@shared/i18n/validation';
import { roleMappingCreate } from '@shared/schemas/platform';
import Button from 'antd-mobile/es/components/button';
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
  const initialSubject: Subject = platform === 'feishu' ? 'user' : 'department';
  const [values, setValues] = useState<FormValues>({ subject: initialSubject });
  const { errors, target, clear } = useFieldErrors();
  const add = useAddRoleMapping(connectionId);
  const subject = values.subject ?? initialSubject;
  // A new subject needs a new pick.
  const change = (patch: FormValues) => {
    setValues((current) => ({ ...current, ...patch, ...(patch.subject ? { picked: undefined } : {}) }));
    clear(Object.keys(patch));
  };
  const subjectOptions = subjects.map((value) => ({
    value,
    label: t(`ui.connections.roles.subject.${value}`),
  }));
  const roleOptions = roles.map((value) => ({ value, label: t(`enums.role.${value}`) }));

  function submit(): void {
    const body = {
      subject: values.subject,
      externalId: values.picked?.id,
      name: values.picked?.name,
      role: values.role,
    };
    const parsed = parseLocalized(roleMappingCreate, body, t);
    if (!parsed.ok) {
      reportInvalid(target, parsed.fields, fieldFor);
      return;
    }
    add.mutate(parsed.data, {
      onSuccess: () => {
        showSuccess(t('ui.connections.roles.form.saved'));
        setValues({ subject });
      },
      onError: (error) => reportSubmitError(target, error, fieldFor),
    });
  }

  return (
    <form
      className={styles.form}
      aria-labelledby="role-mapping-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="role-mapping-title" className={styles.formTitle}>
        {t('ui.connections.roles.form.title')}
      </h2>
      <FormField
        id="role-mapping-subject"
        label={t('ui.connections.roles.form.subject')}
        hint={platform === 'feishu' ? t('ui.connections.roles.picker.feishuDefault') : undefined}
        error={errors.subject}
        isRequired
      >
        <SingleChoiceChips
          id="role-mapping-subject"
          label={t('ui.connections.roles.form.subject')}
          options={subjectOptions}
          value={subject}
          onChange={(chosen) => change({ subject: chosen ?? subject })}
        />
      </FormField>
      <FormField
        id="role-mapping-picked"
        label={t(`ui.connections.roles.subject.${subject}`)}
        error={errors.picked}
        isRequired
      >
        <DirectoryField
          connectionId={connectionId}
          platform={platform}
          subject={subject}
          value={values.picked}
          onChange={(picked) => change({ picked })}
        />
      </FormField>
      <FormField
        id="role-mapping-role"
        label={t('ui.connections.roles.form.role')}
        hint={t('ui.connections.roles.form.replaceNote')}
        error={errors.role}
        isRequired
      >
        <SingleChoiceChips
          id="role-mapping-role"
          label={t('ui.connections.roles.form.role')}
          options={roleOptions}
          value={values.role}
          onChange={(role) => change({ role })}
        />
      </FormField>
      <Button block type="submit" color="primary" shape="rounded" size="large" loading={add.isPending}>
        {t('ui.connections.roles.form.submit')}
      </Button>
    </form>
  );
}

interface DirectoryFieldProps {
  connectionId: string;
  platform: Platform;
  subject: Subject;
  value: DirectoryChoice | undefined;
  onChange: (value: DirectoryChoice) => void;
}

/** The form field: what was picked, by name, and the sheet to pick it in. */
function DirectoryField({ connectionId, platform, subject, value, onChange }: DirectoryFieldProps) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const platformName = t(`ui.platforms.${platform}`);
  const pick = (choice: DirectoryChoice) => {
    onChange(choice);
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
        {/* Once a choice is made the directory goes at once, not while the sheet slides away under the saved row. */}
        {isOpen ? (
          <section aria-label={title}>
            <Picker connectionId={connectionId} platform={platform} onPick={pick} />
          </section>
        ) : null}
      </BottomSheet>
    </div>
  );
}
