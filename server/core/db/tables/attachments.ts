/** Row types of the attachments feature's tables, as stored (see ../schema.ts for the conventions). */

export interface AttachmentsTable {
  id: string;
  tenant_id: string;
  /** Hex SHA-256 of the bytes: one row per tenant and content, so the same photo uploaded twice is one row. */
  sha256: string;
  /** Sniffed from the bytes on upload, never the client's claim. */
  mime: string;
  size: number;
  /** Where the bytes are in the attachment store (local directory or S3 bucket). */
  storage_key: string;
  uploaded_by: string;
  created_at: string;
}

export interface AttachmentLinksTable {
  tenant_id: string;
  attachment_id: string;
  /** Which feature's object holds the attachment ('visit', 'requirement', …); see features/attachments/access.ts. */
  subject_type: string;
  subject_id: string;
  /** Where the attachment stands among the object's attachments (a visit's photos in the order the rep chose). */
  position: number;
  created_at: string;
}

export interface AttachmentTables {
  attachments: AttachmentsTable;
  attachment_links: AttachmentLinksTable;
}
