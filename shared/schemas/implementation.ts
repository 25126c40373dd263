/** Implementation projects, tasks with evidence, the public status page; templates come from implementation-templates.ts. */
import { z } from 'zod';
import {
  evidenceKinds,
  healthLevels,
  healthReasons,
  projectStatuses,
  todayBuckets,
} from '../domain/implementation/vocab';
import { attachmentView } from './attachments';
import { idSchema, localDate, optionalText, spreadsheetFormat } from './common';

export * from './implementation-templates';

// ─── Projects ────────────────────────────────────────────────────────────────

export const goalInput = z.object({
  id: idSchema.optional(),
  metric: z.string().trim().min(1).max(100),
  baseline: z.number().nullable().optional(),
  target: z.number(),
  actual: z.number().nullable().optional(),
  unit: z.string().trim().max(20).default(''),
});

export const projectCreate = z.object({
  /** Client-generated; a repeat answers the same project (200). */
  clientId: idSchema.optional(),
  customerId: idSchema,
  templateId: idSchema,
  name: optionalText(100),
  startDate: localDate,
  goLiveTarget: localDate.nullable().optional(),
  ownerId: idSchema.optional(),
  /** Implementers (user ids). */
  memberIds: z.array(idSchema).max(30).optional(),
  /** The customer's contacts who partner on the project (contact ids of this customer). */
  partnerContactIds: z.array(idSchema).max(30).optional(),
  goals: z.array(goalInput).max(20).optional(),
});
export type ProjectCreate = z.input<typeof projectCreate>;

export const projectUpdate = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  goLiveTarget: localDate.nullable().optional(),
  ownerId: idSchema.optional(),
  memberIds: z.array(idSchema).max(30).optional(),
  partnerContactIds: z.array(idSchema).max(30).optional(),
  /** Replaces the goals; keep ids to keep a goal. */
  goals: z.array(goalInput).max(20).optional(),
  status: z.enum(projectStatuses).optional(),
});
export type ProjectUpdate = z.input<typeof projectUpdate>;

export const projectListQuery = z.object({
  scope: z.enum(['mine', 'all']).default('mine'),
  health: z.enum(healthLevels).optional(),
  customerId: idSchema.optional(),
  status: z.enum(projectStatuses).default('active'),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;

/** GET /projects/{id}/tasks/export: the project's tasks, as its page lists them, as .xlsx or .csv. */
export const taskExportQuery = z.object({ format: spreadsheetFormat });
export type TaskExportQuery = z.infer<typeof taskExportQuery>;

export const signatureInput = z.object({
  signerName: z.string().trim().min(1).max(50),
  /** The handwritten signature as a PNG uploaded through POST /attachments. */
  attachmentId: idSchema,
});

export const evidenceInput = z.object({
  note: optionalText(2000),
  /** Adds photos/files to the task's (a retry or a second batch never drops earlier ones). */
  attachmentIds: z.array(idSchema).max(20).optional(),
  signature: signatureInput.nullable().optional(),
  /**
   * Why the customer signs although go-live requirements are not delivered; required then on an acceptance sign-off
   * (422 on `evidence.signoffReason` without it), kept with the signature.
   */
  signoffReason: optionalText(500),
});

/** PATCH /projects/{id}/tasks/{taskId}: naturally idempotent (ticking a done task is a no-op 200). */
export const taskPatch = z.object({
  /** Client-generated id of this change, for the offline queue's retries; a repeat answers the task unchanged. */
  clientOpId: idSchema.optional(),
  done: z.boolean().optional(),
  assigneeId: idSchema.nullable().optional(),
  dueDate: localDate.optional(),
  evidence: evidenceInput.optional(),
  /** A reason sets the blocker, null clears it. */
  blocker: z.string().trim().min(1).max(500).nullable().optional(),
  /** The blocker holds until this date ("客户 12/10 后才能开始"); the work after it is projected from there. */
  blockedUntil: localDate.nullable().optional(),
  /**
   * The version the editor started from; a stale one answers 409 instead of overwriting. Left out, the change is
   * merged into the task as it is (photos and files accumulate; the offline queue sends changes this way).
   */
  version: z.number().int().min(1).optional(),
});
export type TaskPatch = z.input<typeof taskPatch>;

export const personRef = z.object({ id: idSchema, name: z.string() });

export const signature = z.object({
  signerName: z.string(),
  signedAt: z.string(),
  attachment: attachmentView,
  /** Signed although these go-live requirements were not delivered, for this reason; null when all were. */
  exception: z
    .object({
      reason: z.string(),
      undelivered: z.array(z.object({ id: idSchema, title: z.string(), status: z.string() })),
    })
    .nullable(),
});

export const projectTask = z.object({
  id: idSchema,
  /** The template task this came from (stable across versions); null for tasks added by hand. */
  templateTaskId: idSchema.nullable(),
  title: z.string(),
  guidance: z.string(),
  /** What ticking demands. */
  evidence: z.enum(evidenceKinds),
  assigneeId: idSchema.nullable(),
  assigneeName: z.string().nullable(),
  dueDate: localDate,
  doneAt: z.string().nullable(),
  doneById: idSchema.nullable(),
  doneByName: z.string().nullable(),
  blocker: z.string().nullable(),
  blockedAt: z.string().nullable(),
  blockedUntil: localDate.nullable(),
  /** The due date moved by dated blockers before it (equal to dueDate when nothing holds it). */
  projectedDueDate: localDate,
  health: z.enum(healthLevels),
  healthReason: z.enum(healthReasons),
  /** What has been given so far. */
  proof: z.object({
    note: z.string().nullable(),
    attachments: z.array(attachmentView),
    signature: signature.nullable(),
  }),
  can: z.object({ tick: z.boolean(), assign: z.boolean(), block: z.boolean() }),
  version: z.number().int(),
});
export type ProjectTask = z.infer<typeof projectTask>;

export const projectPhase = z.object({
  id: idSchema,
  name: z.string(),
  ownerRole: z.string(),
  partnerRole: z.string().nullable(),
  startDate: localDate,
  dueDate: localDate,
  health: z.enum(healthLevels),
  healthReason: z.enum(healthReasons),
  /** Percent of tasks done, 0–100. */
  progress: z.number().int(),
  doneCount: z.number().int(),
  taskCount: z.number().int(),
  tasks: z.array(projectTask),
});
export type ProjectPhase = z.infer<typeof projectPhase>;

export const goal = z.object({
  id: idSchema,
  metric: z.string(),
  baseline: z.number().nullable(),
  target: z.number(),
  actual: z.number().nullable(),
  unit: z.string(),
  /** Checked at acceptance: null until an actual is recorded. */
  met: z.boolean().nullable(),
});
export type Goal = z.infer<typeof goal>;

/** A requirement promised for go-live (fed by the requirements feature). */
export const acceptanceItem = z.object({
  id: idSchema,
  title: z.string(),
  status: z.string(),
  source: z.string(),
});
export type AcceptanceItem = z.infer<typeof acceptanceItem>;

export const project = z.object({
  id: idSchema,
  name: z.string(),
  customerId: idSchema,
  customerName: z.string(),
  templateId: idSchema,
  templateName: z.string(),
  templateVersion: z.number().int(),
  /** Newest published version, when newer than templateVersion (POST /projects/{id}/upgrade pulls it). */
  upgradeAvailable: z.number().int().nullable(),
  status: z.enum(projectStatuses),
  startDate: localDate,
  goLiveTarget: localDate.nullable(),
  /** Last phase's due date as planned from the phases. */
  plannedEndDate: localDate,
  /** The planned end moved by dated blockers: the go-live to expect, against goLiveTarget. */
  projectedGoLive: localDate,
  owner: personRef,
  members: z.array(personRef),
  partners: z.array(z.object({ id: idSchema, name: z.string(), title: z.string().nullable() })),
  goals: z.array(goal),
  health: z.enum(healthLevels),
  healthReason: z.enum(healthReasons),
  progress: z.number().int(),
  phases: z.array(projectPhase),
  acceptanceItems: z.array(acceptanceItem),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** manageLinks: list and revoke the status links given out (the owner and admins). */
  can: z.object({ update: z.boolean(), upgrade: z.boolean(), share: z.boolean(), manageLinks: z.boolean() }),
});
export type Project = z.infer<typeof project>;

export const projectSummary = project
  .pick({
    id: true,
    name: true,
    customerId: true,
    customerName: true,
    templateName: true,
    templateVersion: true,
    status: true,
    startDate: true,
    goLiveTarget: true,
    plannedEndDate: true,
    projectedGoLive: true,
    owner: true,
    health: true,
    healthReason: true,
    progress: true,
  })
  .extend({
    /** The first phase with work left, for the list row. */
    currentPhase: z.string().nullable(),
    openTaskCount: z.number().int(),
  });
export type ProjectSummary = z.infer<typeof projectSummary>;

export const todayItem = z.object({
  bucket: z.enum(todayBuckets),
  projectId: idSchema,
  projectName: z.string(),
  customerName: z.string(),
  phaseName: z.string(),
  task: projectTask,
});
export type TodayItem = z.infer<typeof todayItem>;
