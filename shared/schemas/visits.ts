/** Visits: request and response shapes for /api/v1/visits, follow-ups, customer suggestions and the customer timeline. */
import { z } from 'zod';
import { visitKinds, visitStatuses } from '../domain/visits';
import { attachmentView } from './attachments';
import {
  idSchema,
  instant,
  localDate,
  optionalText,
  pageQuery,
  queryBoolean,
  spreadsheetFormat,
} from './common';

export { type VisitKind, type VisitStatus, visitKinds, visitStatuses } from '../domain/visits';

/** What the phone read at check-in. The server adds its own time, the distance to the customer and the flag. */
export const checkInInput = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** Metres, as the platform reports it. */
  accuracy: z.number().min(0).max(100_000),
  /** Reverse-geocoded by the platform, when it offers one. */
  address: optionalText(200),
  /** false when the platform answered from its cache rather than a new fix. */
  isFresh: z.boolean().optional(),
  /** true when the platform reported a mock location (DingTalk `isFromMock`). */
  isMock: z.boolean().optional(),
  /** Where the fix came from: 'dingtalk' | 'feishu' | 'wecom' | 'browser'. */
  source: z.string().trim().max(20).optional(),
});
export type CheckInInput = z.input<typeof checkInInput>;

const ids = (max: number) => z.array(idSchema).max(max);

export const visitCreate = z.object({
  /** Generated on the phone; the same clientId again answers the same visit (200) instead of a second one. */
  clientId: idSchema,
  customerId: idSchema,
  kind: z.enum(visitKinds),
  /** Defaults to the server's now; a time ahead makes the visit planned. */
  visitedAt: instant.optional(),
  purpose: optionalText(200),
  notes: optionalText(5000),
  outcome: optionalText(1000),
  nextStep: optionalText(500),
  followUpAt: localDate.nullable().optional(),
  /** Our people who came along (Fieldloop user ids). */
  participantIds: ids(20).optional(),
  /** The customer's contacts who attended. */
  attendeeContactIds: ids(50).optional(),
  checkIn: checkInInput.optional(),
  attachmentIds: ids(20).optional(),
});
export type VisitCreate = z.input<typeof visitCreate>;

/**
 * Same-day edits by the owner. `version` is the one the editor started from: a stale one answers
 * 409 VERSION_CONFLICT, and the phone reads the current visit with GET /visits/{id} to show the conflict.
 * Lists (participants, attendees, photos) replace the stored ones; a check-in can be added once, never changed.
 */
export const visitUpdate = visitCreate
  .omit({ clientId: true, customerId: true })
  .partial()
  .extend({
    version: z.number().int().min(1),
  });
export type VisitUpdate = z.input<typeof visitUpdate>;

export const visitListQuery = pageQuery.extend({
  customerId: idSchema.optional(),
  kind: z.enum(visitKinds).optional(),
  /** Inclusive local days. */
  from: localDate.optional(),
  to: localDate.optional(),
  flagged: queryBoolean.optional(),
  /** Managers and admins: one person's visits. */
  ownerId: idSchema.optional(),
  /** Only the visits I own, also for managers. */
  mine: queryBoolean.optional(),
  status: z.enum(visitStatuses).optional(),
});
export type VisitListQuery = z.infer<typeof visitListQuery>;

/** GET /visits/export: the list's filters, every page of them, as .xlsx or .csv. */
export const visitExportQuery = visitListQuery
  .omit({ cursor: true, limit: true })
  .extend({ format: spreadsheetFormat });
export type VisitExportQuery = z.infer<typeof visitExportQuery>;

export const namedRef = z.object({ id: idSchema, name: z.string() });
export type NamedRef = z.infer<typeof namedRef>;

export const attendee = z.object({ id: idSchema, name: z.string(), title: z.string().nullable() });
export type Attendee = z.infer<typeof attendee>;

/** A photo of the visit: an attachment view with a signed, expiring url usable in `<img src>`. */
export const visitPhoto = attachmentView;
export type VisitPhoto = z.infer<typeof visitPhoto>;

export const checkIn = z.object({
  lat: z.number(),
  lng: z.number(),
  accuracy: z.number(),
  address: z.string().nullable(),
  /** The server's time when the check-in arrived, not the phone's. */
  at: z.string(),
  /** To the customer's saved location; null when the customer has none. */
  distanceMeters: z.number().nullable(),
  flagged: z.boolean(),
});
export type CheckIn = z.infer<typeof checkIn>;

const points = z.number().nullable();
export const evidenceScore = z.object({
  total: z.number().int().min(0).max(100),
  /** Points earned per part (20 each); null when the part does not apply to the kind (no location for a call). */
  parts: z.object({ inRadius: points, freshFix: points, photo: points, notes: points, requirement: points }),
});
export type EvidenceScoreView = z.infer<typeof evidenceScore>;

export const visit = z.object({
  id: idSchema,
  clientId: idSchema,
  customerId: idSchema,
  customer: namedRef,
  kind: z.enum(visitKinds),
  /** planned while visitedAt is still ahead, done afterwards. */
  status: z.enum(visitStatuses),
  visitedAt: z.string(),
  /** The local day of visitedAt, for grouping by day. */
  visitedOn: localDate,
  purpose: z.string().nullable(),
  notes: z.string().nullable(),
  outcome: z.string().nullable(),
  nextStep: z.string().nullable(),
  followUpAt: localDate.nullable(),
  owner: namedRef,
  participants: z.array(namedRef),
  attendees: z.array(attendee),
  checkIn: checkIn.nullable(),
  /** From the check-in; null without one. */
  isFresh: z.boolean().nullable(),
  isMock: z.boolean().nullable(),
  evidence: evidenceScore,
  photos: z.array(visitPhoto),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), checkIn: z.boolean() }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Visit = z.infer<typeof visit>;

export const followUpStates = ['overdue', 'today', 'upcoming'] as const;
export type FollowUpState = (typeof followUpStates)[number];

/** GET /visits/follow-ups answers `{ items: FollowUpDue[] }`: open follow-ups up to a week ahead, oldest first. */
export const followUpDue = z.object({
  visitId: idSchema,
  customer: namedRef,
  owner: namedRef,
  followUpAt: localDate,
  state: z.enum(followUpStates),
  nextStep: z.string().nullable(),
  visitedAt: z.string(),
});
export type FollowUpDue = z.infer<typeof followUpDue>;

export const customerSuggestionsQuery = z.object({
  lat: z.coerce.number().min(-90).max(90).optional(),
  lng: z.coerce.number().min(-180).max(180).optional(),
});

export const customerSuggestion = z.object({
  id: idSchema,
  name: z.string(),
  address: z.string().nullable(),
  lastVisitedAt: z.string().nullable(),
  /** From the given lat/lng to the customer's saved location; null without either. */
  distanceMeters: z.number().nullable(),
});
export type CustomerSuggestion = z.infer<typeof customerSuggestion>;

/** GET /visits/customer-suggestions?lat=&lng=: the customers I visited lately, and the nearest by saved location. */
export const customerSuggestions = z.object({
  recent: z.array(customerSuggestion),
  nearby: z.array(customerSuggestion),
});
export type CustomerSuggestions = z.infer<typeof customerSuggestions>;

const visitSummary = visit.pick({
  id: true,
  kind: true,
  status: true,
  visitedAt: true,
  purpose: true,
  outcome: true,
  nextStep: true,
  owner: true,
  checkIn: true,
  evidence: true,
});

/**
 * One entry of the customer timeline, newest first. `item` is how later features (requirements, implementation)
 * add theirs without changing this union: a title, a status and the source feature.
 */
export const timelineEntry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('visit'), at: z.string(), visit: visitSummary }),
  z.object({ type: z.literal('photo'), at: z.string(), visitId: idSchema, photo: visitPhoto }),
  z.object({
    type: z.literal('followUp'),
    at: z.string(),
    visitId: idSchema,
    followUpAt: localDate,
    state: z.enum([...followUpStates, 'done']),
    nextStep: z.string().nullable(),
    owner: namedRef,
  }),
  z.object({
    type: z.literal('item'),
    at: z.string(),
    source: z.string(),
    id: idSchema,
    title: z.string(),
    status: z.string().nullable(),
    /** Percent done, for entries that have one (an implementation project). */
    progress: z.number().int().min(0).max(100).optional(),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntry>;

/** GET /customers/{id}/timeline. */
export const customerTimeline = z.object({ items: z.array(timelineEntry) });
export type CustomerTimeline = z.infer<typeof customerTimeline>;
