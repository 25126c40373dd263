/** Wire shapes every feature shares: ids, cursor pages, the error body. */
import { z } from 'zod';

export const idSchema = z.uuid();

export const pageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PageQuery = z.infer<typeof pageQuery>;

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
