/** Requirements, their mentions, decisions, merges and commitments: request and response shapes for /api/v1/requirements. */
import { z } from 'zod';
import { customerFlags, segments, tiers } from '../domain/customers';
import {
  decisionStatuses,
  importances,
  requirementKinds,
  requirementSorts,
  requirementStatuses,
} from '../domain/requirements';
import {
  commaList,
  cursorSchema,
  idSchema,
  localDate,
  optionalText,
  queryBoolean,
  spreadsheetFormat,
} from './common';

/** Impact (0.25 minimal … 3 massive), confidence (0.1–1) and effort (person-weeks) are the PM's ranking inputs. */
const impact = z.number().min(0.25).max(3);
const confidence = z.number().min(0.1).max(1);
const effort = z.number().min(0.1).max(1000);

/** POST /requirements/{id}/mentions: another customer wants it too (idempotent on clientId). */
export const mentionCreate = z.object({
  clientId: idSchema,
  customerId: idSchema,
  quote: optionalText(1000),
  importance: z.enum(importances),
  visitId: idSchema.nullable().optional(),
  projectId: idSchema.nullable().optional(),
  attachmentIds: z.array(idSchema).max(9).optional(),
  /** Must ship for go-live: an acceptance item of the customer's implementation project. */
  goLive: z.boolean().optional(),
});
export type MentionCreate = z.input<typeof mentionCreate>;

/** POST /requirements: the requirement with its first mention. */
export const requirementCreate = mentionCreate.extend({
  title: z.string().trim().min(1).max(100),
  description: optionalText(2000),
  category: optionalText(30),
  kind: z.enum(requirementKinds).optional(),
});
export type RequirementCreate = z.input<typeof requirementCreate>;

/** PATCH /requirements/{id}/mentions/{mentionId}: the reporter or a PM marks it "must ship for go-live" later. */
export const mentionUpdate = z.object({ goLive: z.boolean() });
export type MentionUpdate = z.input<typeof mentionUpdate>;

export const requirementUpdate = z.object({
  title: z.string().trim().min(1).max(100).optional(),
  description: optionalText(2000),
  category: optionalText(30),
  kind: z.enum(requirementKinds).optional(),
  impact: impact.optional(),
  confidence: confidence.optional(),
  effort: effort.optional(),
  ownerId: idSchema.nullable().optional(),
  targetRelease: optionalText(30),
  /** The version the editor started from; a stale one answers 409 instead of overwriting. */
  version: z.number().int().min(1).optional(),
});
export type RequirementUpdate = z.input<typeof requirementUpdate>;

export const mergeRequest = z.object({ targetId: idSchema });
export type MergeRequest = z.input<typeof mergeRequest>;

/** A decision's note reaches every reporter; declining always says why. */
export const decisionCreate = z
  .object({
    status: z.enum(decisionStatuses),
    note: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'declined' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
    }
  });
export type DecisionCreate = z.input<typeof decisionCreate>;

export const bulkStatusRequest = z
  .object({
    ids: z.array(idSchema).min(1).max(200),
    status: z.enum(decisionStatuses),
    note: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    if (value.status === 'declined' && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'required' });
    }
  });
export type BulkStatusRequest = z.input<typeof bulkStatusRequest>;

export const toldRequest = z.object({ customerId: idSchema });
export type ToldRequest = z.input<typeof toldRequest>;

export const contestRequest = z.object({ note: optionalText(500) });
export type ContestRequest = z.input<typeof contestRequest>;

export const commitmentCreate = z.object({
  customerId: idSchema,
  /** The local date (Asia/Shanghai) the customer was promised. */
  dueDate: localDate,
  note: optionalText(500),
});
export type CommitmentCreate = z.input<typeof commitmentCreate>;

/** Filters shared by the table, the export and bulk views. Dates are local (Asia/Shanghai) days on createdAt. */
export const requirementFilters = z.object({
  q: z.string().trim().max(100).optional(),
  status: commaList(requirementStatuses).optional(),
  kind: commaList(requirementKinds).optional(),
  category: z.string().trim().max(30).optional(),
  segment: commaList(segments).optional(),
  tier: commaList(tiers).optional(),
  flags: commaList(customerFlags).optional(),
  industry: z.string().trim().max(30).optional(),
  reporterId: idSchema.optional(),
  customerId: idSchema.optional(),
  ownerId: idSchema.optional(),
  from: localDate.optional(),
  to: localDate.optional(),
  /** The triage inbox: new requirements and merges a reporter contested. */
  inbox: queryBoolean.optional(),
  sort: z.enum(requirementSorts).default('score'),
});
export type RequirementFilters = z.infer<typeof requirementFilters>;

export const requirementListQuery = requirementFilters.extend({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type RequirementListQuery = z.infer<typeof requirementListQuery>;

export const exportQuery = requirementFilters.extend({ format: spreadsheetFormat });
export type ExportQuery = z.infer<typeof exportQuery>;

export const requirementCan = z.object({
  update: z.boolean(),
  decide: z.boolean(),
  merge: z.boolean(),
  addMention: z.boolean(),
  follow: z.boolean(),
  commit: z.boolean(),
});
export type RequirementCan = z.infer<typeof requirementCan>;

export const requirement = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  category: z.string().nullable(),
  kind: z.enum(requirementKinds).nullable(),
  status: z.enum(requirementStatuses),
  mergedIntoId: idSchema.nullable(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  targetRelease: z.string().nullable(),
  impact: z.number(),
  confidence: z.number(),
  effort: z.number(),
  demand: z.number(),
  score: z.number(),
  customerCount: z.number().int(),
  mentionCount: z.number().int(),
  /** A reporter said a merge into this requirement is not the same need; it waits in the PM's inbox. */
  contested: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: requirementCan,
});
export type Requirement = z.infer<typeof requirement>;

/** A change that can be taken back for a few seconds: what the undo names, and until when the server takes it. */
export const undoTicket = z.object({ id: idSchema, until: z.string() });
export type UndoTicket = z.infer<typeof undoTicket>;

/** POST /requirements/{id}/decisions: the requirement as decided; `undo` is null when nothing changed. */
export const decisionResult = requirement.extend({ undo: undoTicket.nullable() });
export type DecisionResult = z.infer<typeof decisionResult>;

/** POST /requirements/{id}/merge: the survivor, and the merge to name in an undo. */
export const mergeResult = requirement.extend({ undo: undoTicket });
export type MergeResult = z.infer<typeof mergeResult>;

export const mention = z.object({
  id: idSchema,
  requirementId: idSchema,
  customerId: idSchema,
  reporterId: idSchema,
  quote: z.string().nullable(),
  importance: z.enum(importances),
  visitId: idSchema.nullable(),
  projectId: z.string().nullable(),
  goLive: z.boolean(),
  createdAt: z.string(),
});
export type Mention = z.infer<typeof mention>;

/** A mention as the detail page shows it: names resolved, and whether its customer heard the latest decision. */
export const mentionView = mention.extend({
  customerName: z.string(),
  reporterName: z.string(),
  attachments: z.array(
    z.object({ id: idSchema, sha256: z.string(), mime: z.string(), size: z.number(), url: z.string() }),
  ),
  toldAt: z.string().nullable(),
});
export type MentionView = z.infer<typeof mentionView>;

export const decision = z.object({
  id: idSchema,
  status: z.enum(decisionStatuses),
  note: z.string().nullable(),
  decidedById: idSchema,
  decidedByName: z.string(),
  createdAt: z.string(),
});
export type Decision = z.infer<typeof decision>;

export const scoreContribution = z.object({
  customerId: idSchema,
  customerName: z.string(),
  tier: z.enum(tiers),
  segment: z.enum(segments),
  tierWeight: z.number(),
  segmentWeight: z.number(),
  flagBonus: z.number(),
  importance: z.enum(importances),
  importanceWeight: z.number(),
  raw: z.number(),
  points: z.number(),
  capped: z.boolean(),
  mentionCount: z.number().int(),
});
export type ScoreContribution = z.infer<typeof scoreContribution>;

export const scoreExplanation = z.object({
  demand: z.number(),
  impact: z.number(),
  confidence: z.number(),
  effort: z.number(),
  score: z.number(),
  customerCap: z.number(),
  customers: z.array(scoreContribution),
});
export type ScoreExplanation = z.infer<typeof scoreExplanation>;

export const mergeView = z.object({
  id: idSchema,
  sourceId: idSchema,
  sourceTitle: z.string(),
  targetId: idSchema,
  mergedById: idSchema,
  mergedByName: z.string(),
  createdAt: z.string(),
  contestedAt: z.string().nullable(),
  contestedByName: z.string().nullable(),
  contestNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  undoneAt: z.string().nullable(),
  can: z.object({ contest: z.boolean(), undo: z.boolean(), resolve: z.boolean() }),
});
export type MergeView = z.infer<typeof mergeView>;

export const commitment = z.object({
  id: idSchema,
  requirementId: idSchema,
  requirementTitle: z.string(),
  customerId: idSchema,
  customerName: z.string(),
  promisedById: idSchema,
  promisedByName: z.string(),
  dueDate: z.string(),
  note: z.string().nullable(),
  fulfilledAt: z.string().nullable(),
  overdue: z.boolean(),
  createdAt: z.string(),
});
export type Commitment = z.infer<typeof commitment>;
