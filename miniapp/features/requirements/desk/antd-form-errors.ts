/** The workbench's version of form-errors: the server's `fields` onto antd inputs, anything else as a message. */
import type { FieldErrors } from '@shared/i18n/validation';
import type { FormInstance } from 'antd';
import type { MessageInstance } from 'antd/es/message/interface';

export function reportInvalidAntd<Values>(
  form: FormInstance<Values>,
  fields: FieldErrors,
  fallback: string,
  message: MessageInstance,
): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) {
    void message.error(fallback);
    return;
  }
  form.setFields(entries.map(([path, error]) => ({ name: path.split('.') as never, errors: [error] })));
}
