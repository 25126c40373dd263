/** /attachments: upload a photo or file once, read it back when allowed, fetch its bytes by signed URL. */

import type { AppDeps } from '@server/app-deps';
import type { Routers } from '@server/core/http';
import { readId } from '@server/core/http';
import { attachmentMetadata } from './service';

const asText = (value: unknown) => (typeof value === 'string' ? value : '');

export function attachmentRoutes(routers: Routers, deps: AppDeps): void {
  routers.private.post('/attachments', async (ctx) => {
    const { tdb, actor, t } = ctx.state;
    const { attachment, created } = await deps.attachments.upload(tdb, actor, ctx.req, t);
    ctx.status = created ? 201 : 200;
    ctx.body = attachment;
  });

  routers.private.get('/attachments/:id', async (ctx) => {
    ctx.body = await attachmentMetadata(ctx.state.tdb, deps.attachments, ctx.state.actor, readId(ctx));
  });

  // Public: `<img src>` sends no bearer token, so the signature in the URL is the permission.
  routers.public.get('/attachments/:id/content', async (ctx) => {
    const query = { exp: asText(ctx.query.exp), sig: asText(ctx.query.sig) };
    const content = await deps.attachments.content(deps.db, readId(ctx), query);
    const etag = `"${content.sha256}"`;
    ctx.set('cache-control', `private, max-age=${content.maxAgeSeconds}, immutable`);
    ctx.set('etag', etag);
    ctx.set('x-content-type-options', 'nosniff');
    ctx.set('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
    if (ctx.get('if-none-match') === etag) {
      content.stream.destroy();
      ctx.status = 304;
      return;
    }
    // Office files and text download under a name with the right extension; images and PDFs show inline.
    if (!content.mime.startsWith('image/') && content.mime !== 'application/pdf') {
      ctx.attachment(`${ctx.params.id}${extensionOf(content.mime)}`);
    }
    ctx.type = content.mime;
    ctx.length = content.size;
    ctx.body = content.stream;
  });
}

function extensionOf(mime: string): string {
  if (mime.includes('spreadsheetml')) return '.xlsx';
  if (mime.includes('wordprocessingml')) return '.docx';
  if (mime.includes('presentationml')) return '.pptx';
  if (mime === 'text/csv') return '.csv';
  return '.txt';
}
