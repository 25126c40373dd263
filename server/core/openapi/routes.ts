/** GET /api/openapi.json (the document) and GET /api/docs (the reference page), built once on first request. */
import type { Context, Next } from 'koa';
import { buildOpenApiDocument, type OpenApiDocument } from './document';
import { renderReferencePage } from './reference-page';
import type { RouteDocGroup } from './route-docs';

export function openApiRoutes(groups: RouteDocGroup[]) {
  let document: OpenApiDocument | undefined;
  let page: string | undefined;
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'GET' || (ctx.path !== '/api/openapi.json' && ctx.path !== '/api/docs')) return next();
    document ??= buildOpenApiDocument(groups);
    if (ctx.path === '/api/openapi.json') {
      ctx.body = document;
      return;
    }
    page ??= renderReferencePage(document);
    ctx.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    ctx.type = 'html';
    ctx.body = page;
  };
}
