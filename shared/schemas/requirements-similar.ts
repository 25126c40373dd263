/** Similar requirements while a rep types: GET /api/v1/requirements/similar. */
import { z } from 'zod';
import { requirementStatuses } from '../domain/requirements';
import { idSchema } from './common';

export const similarQuery = z.object({
  q: z.string().trim().min(1).max(500),
  limit: z.coerce.number().int().min(1).max(20).default(5),
  /** Leave this requirement out (the detail page's "similar" list). */
  excludeId: idSchema.optional(),
});
export type SimilarQuery = z.infer<typeof similarQuery>;

export const similarItem = z.object({
  id: idSchema,
  title: z.string(),
  status: z.enum(requirementStatuses),
  score: z.number(),
});
export type SimilarItem = z.infer<typeof similarItem>;
export const similarResponse = z.object({ items: z.array(similarItem) });
export type SimilarResponse = z.infer<typeof similarResponse>;
