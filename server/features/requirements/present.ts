/** Database rows → the API's requirement shapes: requirements, mentions, decisions, merges, promises, the score. */
import type { Actor } from '@server/core/auth/actor';
import type { Segment, Tier } from '@shared/domain/customers';
import type {
  CustomerContribution,
  DecisionStatus,
  Importance,
  RequirementKind,
  RequirementStatus,
  ScoreWeights,
} from '@shared/domain/requirements';
import type {
  Commitment,
  Decision,
  Mention,
  MentionView,
  MergeView,
  Requirement,
  ScoreExplanation,
} from '@shared/schemas/requirements';
import type { MyRequirement } from '@shared/schemas/requirements-loop';
import type { RequirementListItem } from '@shared/schemas/requirements-pages';
import type { CustomerSummary } from '../customers/service';
import { canManage, canSeeMention, canUndoMerge, canUndoOwnChange, requirementCan } from './policy';
import type { CommitmentRow } from './repo/commitments';
import type { DecisionRow } from './repo/decisions';
import type { MentionRow } from './repo/mentions';
import type { MergeRow } from './repo/merges';
import type { RequirementRow } from './repo/requirements';
import { isContestable, isMergeOpen, isStillUndoable } from './undo-window';

/** User id → display name, as `namesOf` answers. */
type Names = Map<string, string>;

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

/** A row of the table: `names` holds the owner's and the first reporter's. */
export function presentListItem(
  row: RequirementRow,
  names: Names,
  lastMentionAt: string | undefined,
  actor: Actor,
): RequirementListItem {
  return {
    ...presentRequirement(row, row.owner_id ? (names.get(row.owner_id) ?? null) : null, actor),
    reporterName: names.get(row.created_by) ?? '',
    lastMentionAt: lastMentionAt ?? row.first_mention_at,
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
    goLive: row.go_live === 1,
    createdAt: row.created_at,
  };
}

export function presentMentionView(
  row: MentionRow,
  related: {
    customerName: string;
    reporterName: string;
    attachments: MentionView['attachments'];
    toldAt: string | null;
  },
): MentionView {
  return { ...presentMention(row), ...related };
}

export function presentDecision(row: DecisionRow, names: Names): Decision {
  return {
    id: row.id,
    status: row.status as DecisionStatus,
    note: row.note,
    decidedById: row.decided_by,
    decidedByName: names.get(row.decided_by) ?? '',
    createdAt: row.created_at,
  };
}

/** `names` holds whoever merged and contested it; `mayContest` says whether the actor reported on the merged one. */
export function presentMergeView(
  merge: MergeRow,
  related: { sourceTitle: string; names: Names; mayContest: boolean },
  actor: Actor,
): MergeView {
  const contestedOpen = merge.contested_at !== null && isMergeOpen(merge);
  return {
    id: merge.id,
    sourceId: merge.source_id,
    sourceTitle: related.sourceTitle,
    targetId: merge.target_id,
    mergedById: merge.merged_by,
    mergedByName: related.names.get(merge.merged_by) ?? '',
    createdAt: merge.created_at,
    contestedAt: merge.contested_at,
    contestedByName: merge.contested_by ? (related.names.get(merge.contested_by) ?? '') : null,
    contestNote: merge.contest_note,
    resolvedAt: merge.resolved_at,
    undoneAt: merge.undone_at,
    can: {
      contest: isContestable(merge) && related.mayContest,
      undo:
        !merge.undone_at &&
        (canUndoMerge(actor, contestedOpen) ||
          (canUndoOwnChange(actor, merge.merged_by) && isStillUndoable(merge.created_at))),
      resolve: contestedOpen && canManage(actor),
    },
  };
}

export function presentCommitment(
  row: CommitmentRow & { requirement_title: string },
  related: { customerName: string; names: Names; today: string },
): Commitment {
  return {
    id: row.id,
    requirementId: row.requirement_id,
    requirementTitle: row.requirement_title,
    customerId: row.customer_id,
    customerName: related.customerName,
    promisedById: row.promised_by,
    promisedByName: related.names.get(row.promised_by) ?? '',
    dueDate: row.due_date,
    note: row.note,
    fulfilledAt: row.fulfilled_at,
    overdue: row.fulfilled_at === null && row.due_date < related.today,
    createdAt: row.created_at,
  };
}

interface MergedFrom {
  id: string;
  source_id: string;
  title: string;
  created_at: string;
  contested_at: string | null;
  resolved_at: string | null;
  undone_at: string | null;
}

/** One of the reporter's mentions in 我的需求, with the merge that brought it here, if one did. */
export function presentMyMention(
  row: MentionRow,
  related: { customerName: string; toldAt: string | null; merge: MergedFrom | undefined; now: number },
): MyRequirement['myMentions'][number] {
  const merge = related.merge;
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: related.customerName,
    quote: row.quote,
    importance: row.importance as Importance,
    createdAt: row.created_at,
    toldAt: related.toldAt,
    mergedFrom: merge
      ? {
          mergeId: merge.id,
          requirementId: merge.source_id,
          title: merge.title,
          contestedAt: merge.contested_at,
          canContest: isContestable(merge, related.now),
        }
      : null,
  };
}

/** A rep sees what every customer adds, but only the names of their own accounts. */
export function presentScoreExplanation(
  row: RequirementRow,
  explained: { contributions: CustomerContribution[]; customers: Map<string, CustomerSummary> },
  weights: ScoreWeights,
  actor: Actor,
): ScoreExplanation {
  return {
    demand: row.demand,
    impact: row.impact,
    confidence: row.confidence,
    effort: row.effort,
    score: row.score,
    customerCap: weights.customerCap,
    customers: explained.contributions.map((c) => {
      const customer = explained.customers.get(c.customerId);
      return {
        ...c,
        customerName: customer && canSeeMention(actor, customer) ? customer.name : '',
        tier: (customer?.tier ?? 'general') as Tier,
        segment: (customer?.segment ?? 'mid') as Segment,
      };
    }),
  };
}
