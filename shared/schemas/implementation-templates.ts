/** Implementation checklist templates: versions, conditions, publishing impact, exchange, and the working calendar. */
import { z } from 'zod';
import { customerFlags, segments } from '../domain/customers';
import { calendarDayKinds, evidenceKinds, templateVersionStatuses } from '../domain/implementation/vocab';
import { idSchema, localDate, optionalText, queryBoolean } from './common';

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
  date: localDate,
  /** holiday: no work although a weekday; workday: a weekend day worked (调休). */
  kind: z.enum(calendarDayKinds),
  name: z.string().trim().max(30).default(''),
});
export type CalendarDay = z.infer<typeof calendarDay>;

/** GET and PUT /holidays (PUT replaces the tenant's calendar; admins only). */
export const calendarInput = z.object({ items: z.array(calendarDay).max(1000) });
export type CalendarInput = z.input<typeof calendarInput>;
