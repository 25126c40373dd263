/** Turns zod issues into short field messages in the user's language, the same on server and phone. */
import type { TFunction } from 'i18next';
import type { z } from 'zod';

type RawIssue = z.core.$ZodRawIssue;

export function issueMessage(issue: RawIssue, t: TFunction): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return t('validation.required');
      if (issue.expected === 'number' || issue.expected === 'int') return t('validation.notANumber');
      return t('validation.invalidType');
    case 'too_small':
      return sizeMessage(issue.origin, 'small', Number(issue.minimum), t);
    case 'too_big':
      return sizeMessage(issue.origin, 'big', Number(issue.maximum), t);
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.invalidEmail');
      if (issue.format === 'uuid') return t('validation.invalidId');
      if (issue.format === 'regex' && /phone/i.test(String(issue.path?.at(-1) ?? ''))) {
        return t('validation.invalidPhone');
      }
      return t('validation.invalidFormat');
    case 'invalid_value':
    case 'invalid_union':
      return issue.input === undefined || issue.input === null
        ? t('validation.required')
        : t('validation.invalidOption');
    case 'not_multiple_of':
      return t('validation.notAnInteger');
    case 'unrecognized_keys':
      return t('validation.unknownKey', { keys: issue.keys.join(', ') });
    default:
      return t('validation.invalid');
  }
}

function sizeMessage(origin: string, side: 'small' | 'big', limit: number, t: TFunction): string {
  if (origin === 'string') {
    if (side === 'small' && limit === 1) return t('validation.required');
    return side === 'small'
      ? t('validation.tooShort', { minimum: limit })
      : t('validation.tooLong', { maximum: limit });
  }
  if (origin === 'array' || origin === 'set') {
    return side === 'small'
      ? t('validation.tooFew', { minimum: limit })
      : t('validation.tooMany', { maximum: limit });
  }
  return side === 'small'
    ? t('validation.tooSmall', { minimum: limit })
    : t('validation.tooBig', { maximum: limit });
}

export type FieldErrors = Record<string, string>;

export type Parsed<T> = { ok: true; data: T } | { ok: false; fields: FieldErrors };

/** Parses with localized messages; `fields` maps a dotted path ("location.lat") to its first problem. */
export function parseLocalized<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: TFunction,
): Parsed<z.output<S>> {
  const result = schema.safeParse(input, { error: (issue) => issueMessage(issue, t) });
  if (result.success) return { ok: true, data: result.data };
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    fields[path] ??= issue.message;
  }
  return { ok: false, fields };
}
