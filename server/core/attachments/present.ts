/** Attachment row → the JSON the API promises (a signed content URL instead of where the bytes are). */
import type { AttachmentView } from '@shared/schemas/attachments';
import type { AttachmentRow } from './repo';
import type { UrlSigner } from './signing';

export function presentAttachment(row: AttachmentRow, signer: UrlSigner): AttachmentView {
  return { id: row.id, sha256: row.sha256, mime: row.mime, size: row.size, url: signer.url(row.id) };
}
