/** Request shapes → stored columns: the one place requirement and mention input is mapped onto the tables. */
import { newId } from '@server/core/ids';
import { requirementTerms, termsVersion } from '@shared/domain/similarity-terms';
import type { mentionCreate, requirementUpdate } from '@shared/schemas/requirements';
import type { z } from 'zod';
import type { MentionRow } from './repo/mentions';
import type { RequirementRow } from './repo/requirements';

export const searchTextOf = (title: string, description: string | null) =>
  `${title}\n${description ?? ''}`.toLowerCase();

/** Which lexicon cut the stored terms (no term starts with #). */
const versionKey = '#v';

/** Segmenting Chinese is the slow part of indexing, so it happens once per write, not on every index build. */
export const searchTermsOf = (title: string, description: string | null) =>
  JSON.stringify({ [versionKey]: termsVersion, ...Object.fromEntries(requirementTerms(title, description)) });

/** A row's stored terms; cut again from its text when another lexicon cut them (or none was stored). */
export function storedTermsOf(row: {
  title: string;
  description: string | null;
  search_terms: string;
}): Map<string, number> {
  const { [versionKey]: version, ...terms } = JSON.parse(row.search_terms) as Record<string, number | string>;
  if (version !== termsVersion || Object.keys(terms).length === 0)
    return requirementTerms(row.title, row.description);
  return new Map(Object.entries(terms as Record<string, number>));
}

export interface NewRequirement {
  id: string;
  clientId: string;
  title: string;
  description: string | null;
  category: string | null;
  kind: string | null;
  createdBy: string;
}

/** A requirement as first captured: new, unowned, unscored (the caller recomputes the score after its mentions). */
export function newRequirementColumns(input: NewRequirement, now: string): Omit<RequirementRow, 'tenant_id'> {
  return {
    id: input.id,
    client_id: input.clientId,
    title: input.title,
    description: input.description,
    search_text: searchTextOf(input.title, input.description),
    search_terms: searchTermsOf(input.title, input.description),
    category: input.category,
    kind: input.kind,
    status: 'new',
    merged_into_id: null,
    owner_id: null,
    target_release: null,
    impact: 1,
    confidence: 1,
    effort: 1,
    demand: 0,
    score: 0,
    customer_count: 0,
    mention_count: 0,
    contested: 0,
    created_by: input.createdBy,
    first_mention_at: now,
    first_decided_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
}

export function mentionColumns(
  reporterId: string,
  requirementId: string,
  input: z.output<typeof mentionCreate>,
  now: string,
): Omit<MentionRow, 'tenant_id'> {
  return {
    id: newId(),
    client_id: input.clientId,
    requirement_id: requirementId,
    origin_requirement_id: requirementId,
    customer_id: input.customerId,
    reporter_id: reporterId,
    quote: input.quote ?? null,
    importance: input.importance,
    visit_id: input.visitId ?? null,
    project_id: input.projectId ?? null,
    go_live: input.goLive ? 1 : 0,
    created_at: now,
  };
}

/** Only the fields present in the input; absent fields stay as they are. */
export function columnsForChanges(
  fields: Omit<z.output<typeof requirementUpdate>, 'version'>,
): Partial<RequirementRow> {
  const columns: Partial<RequirementRow> = {};
  if (fields.title !== undefined) columns.title = fields.title;
  if (fields.description !== undefined) columns.description = fields.description;
  if (fields.category !== undefined) columns.category = fields.category;
  if (fields.kind !== undefined) columns.kind = fields.kind;
  if (fields.impact !== undefined) columns.impact = fields.impact;
  if (fields.confidence !== undefined) columns.confidence = fields.confidence;
  if (fields.effort !== undefined) columns.effort = fields.effort;
  if (fields.ownerId !== undefined) columns.owner_id = fields.ownerId;
  if (fields.targetRelease !== undefined) columns.target_release = fields.targetRelease;
  return columns;
}
