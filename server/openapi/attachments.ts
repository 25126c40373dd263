/** The OpenAPI entries of server/features/attachments. */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import { acceptedMimeTypes, attachmentView } from '@shared/schemas/attachments';

export const attachmentDocs: RouteDocGroup = {
  tag: 'Attachments',
  description: 'Photos and files, uploaded once per content and read through signed URLs.',
  routes: {
    'POST /attachments': {
      summary:
        'Upload a photo or file (multipart field `file`); the same bytes again answer 200 with the first',
      rawBody: { mediaTypes: ['multipart/form-data'], description: 'One part named `file`.' },
      status: 201,
      response: attachmentView,
    },
    'GET /attachments/:id': { summary: 'An attachment’s details and signed URL', response: attachmentView },
    'GET /attachments/:id/content': {
      summary: 'The bytes, by the signed URL (`exp` and `sig` in the query); no bearer token needed',
      isPublic: true,
      file: { mediaTypes: [...acceptedMimeTypes], description: 'The file as uploaded' },
    },
  },
};
