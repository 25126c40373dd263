/** Puts field problems (from the shared schema or the server's `error.fields`) next to their inputs; the rest become a toast. */
import type { FieldErrors } from '@shared/i18n/validation';
import { isApiError } from '../lib/api-client';
import { i18n } from '../lib/i18n';
import { showFailure } from './toast';

/** The part of a form this needs: an antd-mobile form instance, or the error state of a form built of FormFields. */
export interface ErrorTarget {
  setFields: (fields: { name: string; errors: string[] }[]) => void;
}

/** Maps a dotted path such as "location.lat" or "tags.2" to the form input that shows it, if any. */
export type FieldForPath = (path: string) => string | undefined;

/** Shows each message at its input and returns the messages that have no input to sit next to. */
export function showFieldErrors(form: ErrorTarget, fields: FieldErrors, fieldFor: FieldForPath): string[] {
  const placed = new Map<string, string>();
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const name = fieldFor(path);
    if (name === undefined) unplaced.push(message);
    else if (!placed.has(name)) placed.set(name, message);
  }
  form.setFields([...placed].map(([name, message]) => ({ name, errors: [message] })));
  if (placed.size > 0) scrollToFirstError();
  return unplaced;
}

/** A form the shared schema refused: messages go to their inputs, any without an input become a toast. */
/** On a phone the first problem is often off-screen; bring it into view once the form has re-rendered. */
function scrollToFirstError(): void {
  requestAnimationFrame(() => {
    document
      .querySelector('.adm-form-item-has-error, [data-invalid]')
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  });
}

export function reportInvalid(form: ErrorTarget, fields: FieldErrors, fieldFor: FieldForPath): void {
  const unplaced = showFieldErrors(form, fields, fieldFor);
  if (unplaced.length > 0) showFailure(unplaced.join('；'));
}

/** A failed save: field problems go to their inputs, anything else is a toast in the user's language. */
export function reportSubmitError(form: ErrorTarget, error: unknown, fieldFor: FieldForPath): void {
  if (!isApiError(error)) {
    showFailure(i18n.t('errors.INTERNAL'));
    return;
  }
  const unplaced = showFieldErrors(form, error.fields, fieldFor);
  showFailure(unplaced.length > 0 ? unplaced.join('；') : error.message);
}
