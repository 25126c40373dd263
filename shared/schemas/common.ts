/** Wire shapes every feature shares: ids, cursor pages, the error body. */
import { z } from 'zod';

export const idSchema = z.uuid();

/** A calendar day (local, Asia/Shanghai), YYYY-MM-DD, that exists: 2026-02-30 and 2026-13-45 are refused too. */
export const localDate = z.iso.date();

/** A moment with its UTC offset, on a real day and clock time. */
export const instant = z.iso.datetime({ offset: true });

/** A cursor is the sort key of the last row seen, as base64url JSON; clients pass it back untouched. */
export const cursorSchema = z
  .string()
  .max(500)
  .transform((text, ctx) => {
    try {
      const values: unknown = JSON.parse(fromBase64Url(text));
      if (Array.isArray(values) && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
        return values as (string | number)[];
      }
    } catch {
      // falls through to the issue below
    }
    ctx.issues.push({ code: 'custom', input: text, message: 'invalid cursor' });
    return z.NEVER;
  });

export function encodeCursor(values: (string | number)[]): string {
  return toBase64Url(JSON.stringify(values));
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export const pageQuery = z.object({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof pageQuery>;

/** `format=xlsx|csv` of a list's export, which takes the list's filters without its page position. */
export const spreadsheetFormat = z.enum(['xlsx', 'csv']).default('xlsx');

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** Query-string booleans arrive as text; "1"/"true" mean yes, "0"/"false" mean no. */
export const queryBoolean = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** A query-string list of known values, comma separated: `status=new,planned`. */
export const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.enum(values)));

/** Optional free text: trimmed, and an empty string means "not given". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();
}
