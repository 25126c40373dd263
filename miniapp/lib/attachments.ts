/** Uploads one photo or file; the server answers the same attachment for the same bytes, so retries are safe. */
import type { AttachmentView } from '@shared/schemas/attachments';
import { apiUpload } from './api-client';

const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};

export function uploadAttachment(blob: Blob): Promise<AttachmentView> {
  const form = new FormData();
  const name = blob instanceof File ? blob.name : `upload.${extensions[blob.type] ?? 'bin'}`;
  form.append('file', blob, name);
  return apiUpload<AttachmentView>('/attachments', form);
}
