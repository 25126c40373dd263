/** Implementation checklists: templates and versions, projects, tasks with evidence, the public status page. */
import { z } from 'zod';
import { customerFlags, segments } from '../domain/customers';
import {
  calendarDayKinds,
  evidenceKinds,
  healthLevels,
  healthReasons,
  projectStatuses,
  templateVersionStatuses,
  todayBuckets,
} from '../domain/implementation/vocab';
import { attachmentView } from './attachments';
import { idSchema, optionalText, queryBoolean } from './common';

const isoDate = z.iso.date();

// ─── Templates ───────────────────────────────────────────────────────────────

/** A phase or task applies only when the customer matches: any listed segment (if given) and every listed flag. */
export const condition = z.object({
  segments: z.array(z.enum(segments)).max(3).optional(),
  flags: z.array(z.enum(customerFlags)).max(3).optional(),
});
export type Condition = z.infer<typeof condition>;

export const templateTaskInput = z.object({
  /** Keep the id of a task you edit so versions can be compared; new tasks omit it. */
  id: idSchema.optional(),
  title: z.string().trim().min(1).max(100),
  guidance: z.string().trim().max(2000).default(''),
  evidence: z.enum(evidenceKinds).default('none'),
  condition: condition.nullable().optional(),
});

export const templatePhaseInput = z.object({
  id: idSchema.optional(),
  name: z.string().trim().min(1).max(50),
  /** Working days. */
  durationDays: z.number().int().min(1).max(365),
  ownerRole: z.string().trim().min(1).max(30),
  partnerRole: optionalText(30),
  condition: condition.nullable().optional(),
  tasks: z.array(templateTaskInput).max(100),
});

/** Body of POST /templates, PUT /templates/{id}/draft and POST /templates/import (JSON). */
export const templateDraftInput = z.object({
  name: z.string().trim().min(1).max(100),
  segment: z.enum(segments),
  description: optionalText(500),
  phases: z.array(templatePhaseInput).min(1).max(30),
});
export type TemplateDraftInput = z.input<typeof templateDraftInput>;

export const templateTask = z.object({
  /** Stable across versions of one template. */
  id: idSchema,
  title: z.string(),
  guidance: z.string(),
  evidence: z.enum(evidenceKinds),
  condition: condition.nullable(),
});
export type TemplateTask = z.infer<typeof templateTask>;

export const templatePhase = z.object({
  id: idSchema,
  name: z.string(),
  durationDays: z.number().int(),
  ownerRole: z.string(),
  partnerRole: z.string().nullable(),
  condition: condition.nullable(),
  tasks: z.array(templateTask),
});
export type TemplatePhase = z.infer<typeof templatePhase>;

/** One version of a template: GET /templates lists the latest published version of each. */
export const template = z.object({
  id: idSchema,
  name: z.string(),
  segment: z.enum(segments),
  description: z.string().nullable(),
  version: z.number().int(),
  status: z.enum(templateVersionStatuses),
  publishedAt: z.string().nullable(),
  phases: z.array(templatePhase),
  can: z.object({ edit: z.boolean(), publish: z.boolean() }),
});
export type Template = z.infer<typeof template>;

export const templateListQuery = z.object({
  /** Editors (admin, pm) may ask for templates that have only a draft so far. */
  includeDrafts: queryBoolean.optional(),
});

export const templateVersionSummary = z.object({
  version: z.number().int(),
  status: z.enum(templateVersionStatuses),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedById: idSchema.nullable(),
  /** Running projects on this version. */
  projectCount: z.number().int(),
});
export type TemplateVersionSummary = z.infer<typeof templateVersionSummary>;

export const templateChange = z.object({
  taskId: idSchema,
  phaseName: z.string(),
  title: z.string(),
  /** For a changed task: which of title, guidance, evidence, phase changed. */
  fields: z.array(z.string()),
});
export type TemplateChange = z.infer<typeof templateChange>;

/** What pulling a version would do to one project's not-yet-done tasks (done tasks are never touched). */
export const projectUpgradeImpact = z.object({
  projectId: idSchema,
  projectName: z.string(),
  customerId: idSchema,
  customerName: z.string(),
  fromVersion: z.number().int(),
  toVersion: z.number().int(),
  added: z.array(templateChange),
  changed: z.array(templateChange),
  removed: z.array(templateChange),
});
export type ProjectUpgradeImpact = z.infer<typeof projectUpgradeImpact>;

export const publishResult = z.object({
  template,
  /** Every running project on an older version and what it would gain by upgrading. */
  impact: z.array(projectUpgradeImpact),
});
export type PublishResult = z.infer<typeof publishResult>;

export const installStandardResult = z.object({
  /** Names of templates created now; ones already installed are skipped. */
  installed: z.array(z.string()),
});

export const exportFormat = z.object({ format: z.enum(['json', 'xlsx']).default('json') });

// ─── Working calendar ────────────────────────────────────────────────────────

export const calendarDay = z.object({
  date: isoDate,
  /** holiday: no work although a weekday; workday: a weekend day worked (调休). */
  kind: z.enum(calendarDayKinds),
  name: z.string().trim().max(30).default(''),
});
export type CalendarDay = z.infer<typeof calendarDay>;

/** GET and PUT /holidays (PUT replaces the tenant's calendar; admins only). */
export const calendarInput = z.object({ items: z.array(calendarDay).max(1000) });
export type CalendarInput = z.input<typeof calendarInput>;

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
  startDate: isoDate,
  goLiveTarget: isoDate.nullable().optional(),
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
  goLiveTarget: isoDate.nullable().optional(),
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
});

/** PATCH /projects/{id}/tasks/{taskId}: naturally idempotent (ticking a done task is a no-op 200). */
export const taskPatch = z.object({
  /** Client-generated id of this change, for the offline queue's retries; a repeat answers the task unchanged. */
  clientOpId: idSchema.optional(),
  done: z.boolean().optional(),
  assigneeId: idSchema.nullable().optional(),
  dueDate: isoDate.optional(),
  evidence: evidenceInput.optional(),
  /** A reason sets the blocker, null clears it. */
  blocker: z.string().trim().min(1).max(500).nullable().optional(),
});
export type TaskPatch = z.input<typeof taskPatch>;

export const personRef = z.object({ id: idSchema, name: z.string() });

export const signature = z.object({
  signerName: z.string(),
  signedAt: z.string(),
  attachment: attachmentView,
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
  dueDate: isoDate,
  doneAt: z.string().nullable(),
  doneById: idSchema.nullable(),
  doneByName: z.string().nullable(),
  blocker: z.string().nullable(),
  blockedAt: z.string().nullable(),
  health: z.enum(healthLevels),
  healthReason: z.enum(healthReasons),
  /** What has been given so far. */
  proof: z.object({
    note: z.string().nullable(),
    attachments: z.array(attachmentView),
    signature: signature.nullable(),
  }),
  can: z.object({ tick: z.boolean(), assign: z.boolean(), block: z.boolean() }),
});
export type ProjectTask = z.infer<typeof projectTask>;

export const projectPhase = z.object({
  id: idSchema,
  name: z.string(),
  ownerRole: z.string(),
  partnerRole: z.string().nullable(),
  startDate: isoDate,
  dueDate: isoDate,
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
  startDate: isoDate,
  goLiveTarget: isoDate.nullable(),
  /** Last phase's due date as planned from the phases. */
  plannedEndDate: isoDate,
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
  can: z.object({ update: z.boolean(), upgrade: z.boolean(), share: z.boolean() }),
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

export const shareInput = z.object({ days: z.number().int().min(1).max(90).default(14) });

export const shareLink = z.object({
  token: z.string(),
  /** The status page for the customer, to send through the platform. */
  url: z.string(),
  expiresAt: z.string(),
});
export type ShareLink = z.infer<typeof shareLink>;

/** GET /status/{token}: no login; one customer's projects, nothing else. */
export const statusPage = z.object({
  customerName: z.string(),
  expiresAt: z.string(),
  projects: z.array(
    z.object({
      name: z.string(),
      startDate: isoDate,
      goLiveTarget: isoDate.nullable(),
      health: z.enum(healthLevels),
      progress: z.number().int(),
      phases: z.array(
        z.object({
          name: z.string(),
          startDate: isoDate,
          dueDate: isoDate,
          health: z.enum(healthLevels),
          progress: z.number().int(),
          doneCount: z.number().int(),
          taskCount: z.number().int(),
        }),
      ),
    }),
  ),
  /** The customer's requirements and their status (fed by the requirements feature). */
  requirements: z.array(z.object({ title: z.string(), status: z.string() })),
});
export type StatusPage = z.infer<typeof statusPage>;
