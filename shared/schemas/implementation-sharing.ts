/** Sharing a project with the customer: status links (GET/POST /projects/{id}/status-links) and the no-login status page (GET /status/{token}). */
import { z } from 'zod';
import { healthLevels } from '../domain/implementation/vocab';
import { idSchema, localDate } from './common';

export const shareInput = z.object({ days: z.number().int().min(1).max(90).default(14) });

export const shareLink = z.object({
  id: idSchema,
  /** Shown this once: only its hash is kept. */
  token: z.string(),
  /** The status page for the customer, to send through the platform. */
  url: z.string(),
  expiresAt: z.string(),
});
export type ShareLink = z.infer<typeof shareLink>;

export const statusLinkStates = ['active', 'expired', 'revoked'] as const;

/** GET /projects/{id}/status-links: the links given out for the project, newest first, without their tokens. */
export const statusLink = z.object({
  id: idSchema,
  createdAt: z.string(),
  createdBy: z.object({ id: idSchema, name: z.string() }),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  state: z.enum(statusLinkStates),
});
export type StatusLink = z.infer<typeof statusLink>;
export type StatusLinkList = { items: StatusLink[] };

/** GET /status/{token}: no login; one customer's projects, nothing else. */
export const statusPage = z.object({
  customerName: z.string(),
  expiresAt: z.string(),
  projects: z.array(
    z.object({
      name: z.string(),
      startDate: localDate,
      goLiveTarget: localDate.nullable(),
      health: z.enum(healthLevels),
      progress: z.number().int(),
      /** The go-live to expect now (dated blockers move it), against goLiveTarget. */
      projectedGoLive: localDate,
      /** The customer's contact person for the project: its first partner contact, else their decision-maker. */
      contact: z.object({ name: z.string(), title: z.string().nullable() }).nullable(),
      /**
       * 需要您配合: open tasks of started phases the customer partners on (shared needsCustomer rule), due by their
       * projected date; blocker texts are internal and stay off the page.
       */
      needsYou: z.array(z.object({ title: z.string(), phaseName: z.string(), dueDate: localDate })),
      phases: z.array(
        z.object({
          name: z.string(),
          startDate: localDate,
          dueDate: localDate,
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
