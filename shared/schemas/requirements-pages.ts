/** What the requirement screens read in one answer: the detail page, a page of the table, a bulk decision's outcome. */
import { z } from 'zod';
import { idSchema } from './common';
import {
  commitment,
  decision,
  decisionResult,
  mentionView,
  mergeView,
  requirement,
  scoreExplanation,
} from './requirements';
import { similarItem } from './requirements-similar';

export const requirementDetail = requirement.extend({
  /** Set when the id asked for was merged: this is the survivor, and that id is where the reader came from. */
  redirectedFromId: idSchema.nullable(),
  mentions: z.array(mentionView),
  followers: z.array(z.object({ id: idSchema, name: z.string() })),
  following: z.boolean(),
  decisions: z.array(decision),
  merges: z.array(mergeView),
  similar: z.array(similarItem),
  scoreExplanation,
  commitments: z.array(commitment),
});
export type RequirementDetail = z.infer<typeof requirementDetail>;

/** A row of the table: the requirement, who first reported it, and when a customer last asked for it. */
export const requirementListItem = requirement.extend({
  reporterName: z.string(),
  lastMentionAt: z.string(),
});
export type RequirementListItem = z.infer<typeof requirementListItem>;

export const requirementPage = z.object({
  items: z.array(requirementListItem),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
});
export type RequirementPage = z.infer<typeof requirementPage>;

export const bulkStatusResponse = z.object({
  items: z.array(decisionResult),
  failed: z.array(z.object({ id: idSchema, code: z.string() })),
});
export type BulkStatusResponse = z.infer<typeof bulkStatusResponse>;
