/** Serves the built mini-app: hashed assets cached for a year, index.html for every other page path. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Context, Middleware } from 'koa';
import serve from 'koa-static';
import { AppError, notFound } from './errors';
import { type Manifest, pageHtml } from './page-head';

/** The build's manifest, or none (a hand-made index.html): the page is then served as it is. */
async function readManifest(path: string): Promise<Manifest> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Manifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
}

/** Serves files and page paths; API paths pass straight through without touching the disk. */
export function miniappFiles(staticDir: string | null): Middleware | null {
  if (!staticDir || !existsSync(join(staticDir, 'index.html'))) return null;
  const root = resolve(staticDir);
  const indexPath = join(root, 'index.html');
  const manifestPath = join(root, '.vite', 'manifest.json');
  const files = serve(root, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  /** A path that does not decode is the client's mistake (400); one that climbs out of the folder finds nothing. */
  const serveFile = async (ctx: Context, next: () => Promise<unknown>) => {
    let passedOn = false;
    try {
      await files(ctx, () => {
        passedOn = true;
        return next();
      });
    } catch (error) {
      if (passedOn) throw error;
      const status = (error as { status?: unknown }).status;
      if (status === 400) throw new AppError('MALFORMED_URL', undefined, { cause: error });
      if (status === 403) throw notFound();
      throw error;
    }
  };
  const pages = async (ctx: Context, next: () => Promise<unknown>) => {
    if (ctx.path.startsWith('/api/') || ctx.path.startsWith('/__')) return next();
    await serveFile(ctx, next);
    if (ctx.body !== undefined || ctx.status !== 404 || !['GET', 'HEAD'].includes(ctx.method)) return;
    // Missing files (/assets/…, /robots.txt) stay 404; only page paths get the app. A file extension is short:
    // a long dotted segment in a page path (/status/<token>) is not one.
    if (ctx.path.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(ctx.path)) throw notFound();
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-cache');
    // Read per request so a rebuilt mini-app is served without a restart.
    const [html, manifest] = await Promise.all([readFile(indexPath, 'utf8'), readManifest(manifestPath)]);
    ctx.body = pageHtml(html, manifest, ctx.path);
  };
  return pages;
}
