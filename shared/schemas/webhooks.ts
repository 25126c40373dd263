/**
 * Outgoing webhooks: the events a tenant can subscribe a URL to, the `data` each event carries, and the request and
 * response shapes of /api/v1/webhooks. Every delivery is a JSON POST of `webhookEventBody`, signed with
 * `X-Fieldloop-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" under the hook's secret>`.
 */
import { z } from 'zod';
import { healthLevels } from '../domain/implementation/vocab';
import { decisionStatuses, requirementKinds, requirementStatuses } from '../domain/requirements';
import { visitKinds } from '../domain/visits';
import { idSchema } from './common';

export const webhookEventTypes = [
  'requirement.created',
  'requirement.merged',
  'requirement.decided',
  'visit.created',
  'task.done',
  'project.health_changed',
  'goal.measured',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** The `data` of each event: a small, stable shape naming the objects by id (fetch them from the API for more). */
export const webhookEventData = {
  'requirement.created': z.object({
    requirementId: idSchema,
    title: z.string(),
    kind: z.enum(requirementKinds).nullable(),
    status: z.enum(requirementStatuses),
    customerId: idSchema,
    visitId: idSchema.nullable(),
    projectId: idSchema.nullable(),
    createdById: idSchema,
  }),
  'requirement.merged': z.object({
    requirementId: idSchema,
    title: z.string(),
    intoRequirementId: idSchema,
    intoTitle: z.string(),
    mergedById: idSchema,
  }),
  'requirement.decided': z.object({
    requirementId: idSchema,
    title: z.string(),
    from: z.enum(requirementStatuses),
    status: z.enum(decisionStatuses),
    note: z.string().nullable(),
    decidedById: idSchema,
  }),
  'visit.created': z.object({
    visitId: idSchema,
    customerId: idSchema,
    ownerId: idSchema,
    kind: z.enum(visitKinds),
    visitedOn: z.string(),
  }),
  'task.done': z.object({
    projectId: idSchema,
    projectName: z.string(),
    taskId: idSchema,
    title: z.string(),
    doneAt: z.string(),
    doneById: idSchema,
  }),
  'project.health_changed': z.object({
    projectId: idSchema,
    projectName: z.string(),
    from: z.enum(healthLevels),
    to: z.enum(healthLevels),
  }),
  'goal.measured': z.object({
    projectId: idSchema,
    projectName: z.string(),
    goalId: idSchema,
    metric: z.string(),
    baseline: z.number().nullable(),
    target: z.number(),
    actual: z.number(),
    unit: z.string(),
    met: z.boolean(),
  }),
} satisfies Record<WebhookEventType, z.ZodType>;
export type WebhookEventData = { [T in WebhookEventType]: z.infer<(typeof webhookEventData)[T]> };

/** What each delivery POSTs; `id` is the event's, the same on every retry and re-send, so receivers de-duplicate. */
export const webhookEventBody = z.object({
  id: idSchema,
  event: z.enum(webhookEventTypes),
  createdAt: z.string(),
  data: z.union(Object.values(webhookEventData)),
});

export const webhookCreate = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  events: z
    .array(z.enum(webhookEventTypes))
    .min(1)
    .transform((events) => [...new Set(events)]),
});
export type WebhookCreate = z.input<typeof webhookCreate>;

/** The answer to subscribing: the only time the secret is shown. */
export const createdWebhook = z.object({ id: idSchema, secret: z.string() });
export type CreatedWebhook = z.infer<typeof createdWebhook>;

export const webhookUpdate = z
  .object({
    events: webhookCreate.shape.events.optional(),
    enabled: z.boolean().optional(),
  })
  .refine((patch) => patch.events !== undefined || patch.enabled !== undefined, {
    message: 'nothing to change',
    path: ['events'],
  });

export const webhook = z.object({
  id: idSchema,
  url: z.string(),
  events: z.array(z.enum(webhookEventTypes)),
  enabled: z.boolean(),
  createdAt: z.string(),
  createdById: idSchema,
  createdByName: z.string(),
});
export type Webhook = z.infer<typeof webhook>;

export const webhookList = z.object({ items: z.array(webhook) });
export type WebhookList = z.infer<typeof webhookList>;

export const webhookDeliveryStatuses = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

export const webhookDelivery = z.object({
  id: idSchema,
  eventId: idSchema,
  event: z.enum(webhookEventTypes),
  status: z.enum(webhookDeliveryStatuses),
  /** The receiver's HTTP status on the last attempt; null before one, or when it did not answer. */
  httpStatus: z.number().int().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  /** Set on a re-send: the delivery it repeats. */
  resendOf: idSchema.nullable(),
});
export type WebhookDelivery = z.infer<typeof webhookDelivery>;

/** The newest deliveries first (at most 100). */
export const webhookDeliveryList = z.object({ items: z.array(webhookDelivery) });
export type WebhookDeliveryList = z.infer<typeof webhookDeliveryList>;
