/**
 * The problems of a form built of FormFields, by field name: form-errors puts the shared schema's and the server's
 * `fields` here, and a problem goes away as soon as the person edits its input.
 */
import type { FieldErrors } from '@shared/i18n/validation';
import { useState } from 'react';
import type { ErrorTarget } from './form-errors';

export function useFieldErrors() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const target: ErrorTarget = {
    setFields: (fields) =>
      setErrors(Object.fromEntries(fields.map(({ name, errors: [message = ''] }) => [name, message]))),
  };
  const clear = (names: string[]) =>
    setErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([name]) => !names.includes(name))),
    );
  return { errors, target, clear };
}
