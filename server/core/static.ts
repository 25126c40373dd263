/** Serves the built mini-app: hashed assets cached for a year, index.html for every other page path. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context, Middleware } from 'koa';
import serve from 'koa-static';

/** Serves files and page paths; API paths pass straight through without touching the disk. */
export function miniappFiles(staticDir: string | null): Middleware | null {
  if (!staticDir || !existsSync(join(staticDir, 'index.html'))) return null;
  const root = resolve(staticDir);
  const indexPath = join(root, 'index.html');
  const files = serve(root, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const pages = async (ctx: Context, next: () => Promise<unknown>) => {
    if (ctx.path.startsWith('/api/') || ctx.path.startsWith('/__')) return next();
    await files(ctx, next);
    if (ctx.body !== undefined || ctx.status !== 404 || !['GET', 'HEAD'].includes(ctx.method)) return;
    // Missing files (/assets/…, /robots.txt) stay 404; only page paths get the app. A file extension is short:
    // a signed token in a page path (/status/<payload>.<43-char signature>) is not one.
    if (ctx.path.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(ctx.path)) return;
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-cache');
    // Read per request so a rebuilt mini-app is served without a restart.
    ctx.body = await readFile(indexPath);
  };
  return pages;
}
