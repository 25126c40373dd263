/** Attachment row → the JSON the API promises (a signed content URL instead of where the bytes are). */
import type { AttachmentView } from '@shared/schemas/attachments';
import type { AttachmentRow } from './repo';
import type { UrlSigner } from './signing';

export function presentAttachment(row: AttachmentRow, signer: UrlSigner): AttachmentView {
  return { id: row.id, sha256: row.sha256, mime: row.mime, size: row.size, url: signer.url(row.id) };
}

/**
 * A lasting, absolute link for a file that leaves the app (a spreadsheet row): the access-checked attachment
 * route, which answers whoever may see what it is linked to, since signed content URLs expire within hours.
 */
export const attachmentLink = (publicUrl: string, attachmentId: string): string =>
  `${publicUrl}/api/v1/attachments/${attachmentId}`;
