/** Wire shapes of attachments: what an upload answers and what features embed for their photos and files. */
import { z } from 'zod';
import { idSchema } from './common';

export const attachmentView = z.object({
  id: idSchema,
  /** Hex SHA-256 of the bytes; the same bytes always answer the same attachment. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.string(),
  size: z.number().int().nonnegative(),
  /** Signed and expiring, so it works in `<img src>` without a bearer token. */
  url: z.string(),
});
export type AttachmentView = z.infer<typeof attachmentView>;

/** For features' request bodies: the ids of attachments uploaded before the create/update. */
export const attachmentIds = z.array(idSchema).max(20);

/** The types the server accepts, decided from the bytes. */
export const acceptedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'text/plain',
  'text/csv',
] as const;
export type AcceptedMimeType = (typeof acceptedMimeTypes)[number];
