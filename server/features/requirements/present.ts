/** Database rows → the API's requirement and mention shapes. */
import type { Actor } from '@server/core/auth/actor';
import type { Importance, RequirementKind, RequirementStatus } from '@shared/domain/requirements';
import type { Mention, Requirement } from '@shared/schemas/requirements';
import { requirementCan } from './policy';
import type { MentionRow, RequirementRow } from './repo';

export function presentRequirement(row: RequirementRow, ownerName: string | null, actor: Actor): Requirement {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    category: row.category,
    kind: row.kind as RequirementKind | null,
    status: row.status as RequirementStatus,
    mergedIntoId: row.merged_into_id,
    ownerId: row.owner_id,
    ownerName,
    targetRelease: row.target_release,
    impact: row.impact,
    confidence: row.confidence,
    effort: row.effort,
    demand: row.demand,
    score: row.score,
    customerCount: row.customer_count,
    mentionCount: row.mention_count,
    contested: row.contested === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    can: requirementCan(actor, row),
  };
}

export function presentMention(row: MentionRow): Mention {
  return {
    id: row.id,
    requirementId: row.requirement_id,
    customerId: row.customer_id,
    reporterId: row.reporter_id,
    quote: row.quote,
    importance: row.importance as Importance,
    visitId: row.visit_id,
    projectId: row.project_id,
    createdAt: row.created_at,
  };
}
