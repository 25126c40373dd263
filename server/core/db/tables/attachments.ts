/** Row types of the attachments feature's tables, as stored (see ../schema.ts for the conventions). */

export type AttachmentTables = Record<never, never>;
