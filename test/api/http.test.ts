import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let user: TestUser;
beforeAll(async () => {
  app = await startTestApp({ env: { MAX_BODY_KB: '2' } });
  user = await makeUser(await makeTenant(app), 'sales');
});
afterAll(() => app.close());

describe('health', () => {
  it('answers /healthz and /readyz once migrations are current', async () => {
    expect((await app.api().get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await app.api().get('/readyz')).body).toEqual({ status: 'ready', pending: [] });
  });
});

describe('request ids', () => {
  it('keeps a sane incoming X-Request-Id and makes one otherwise', async () => {
    const kept = await app.api().get('/healthz', { 'x-request-id': 'edge-1234abcd' });
    expect(kept.headers.get('x-request-id')).toBe('edge-1234abcd');
    const made = await app.api().get('/healthz', { 'x-request-id': 'bad id with spaces' });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('malformed requests', () => {
  it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
    const res = await app.api(user.token).raw('/api/v1/customers', {
      method: 'POST',
      body: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'MALFORMED_JSON', message: '请求内容不是有效的 JSON' } });
  });

  it('answers 413 for a body over the limit and keeps serving', async () => {
    const res = await app.api(user.token).post('/api/v1/customers', { name: '大'.repeat(4000) });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } });
    expect((await app.api(user.token).get('/api/v1/me')).status).toBe(200);
  });

  it.each([
    ['/api/v1/customers', '["2026-11-23T00:00:00.000Z",1]'],
    ['/api/v1/customers?sort=name', '[1,"01a20000-0000-7000-8000-000000000001"]'],
    ['/api/v1/customers?sort=-contractValue', '["2026-11-23","01a20000-0000-7000-8000-000000000001"]'],
    ['/api/v1/visits', '[1e400,"01a20000-0000-7000-8000-000000000001"]'],
    ['/api/v1/requirements', '["2026-13-45T99:99:99Z","not-an-id"]'],
    ['/api/v1/requirements?sort=newest', '["2026-11-23T00:00:00.000Z"]'],
    ['/api/v1/requirements/mine', '["a","b","c"]'],
  ])('answers 400 to a cursor that does not fit the order of %s (%s)', async (path, cursor) => {
    const separator = path.includes('?') ? '&' : '?';
    const encoded = Buffer.from(cursor).toString('base64url');
    const res = await app.api(user.token).get(`${path}${separator}cursor=${encoded}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { cursor: expect.any(String) } },
    });
  });

  it('answers 400 to a NUL character in a body field or a query, which no text of ours holds', async () => {
    const body = await app.api(user.token).post('/api/v1/customers', {
      name: '恒川\u0000科技',
      segment: 'mid',
      tier: 'general',
      tags: ['ok', 'b\u0000d'],
    });
    expect(body.status).toBe(400);
    expect(body.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: { name: expect.any(String), 'tags.1': expect.any(String) },
      },
    });
    const query = await app.api(user.token).get('/api/v1/customers?q=%00');
    expect(query.status).toBe(400);
    expect(query.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { q: expect.any(String) } },
    });
    const clean = await app
      .api(user.token)
      .post('/api/v1/customers', { name: '恒川科技', segment: 'mid', tier: 'general' });
    expect(clean.status).toBe(201);
  });

  it('answers 404 ROUTE_NOT_FOUND as JSON for an unknown API path', async () => {
    const res = await app.api(user.token).get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' } });
  });

  it('answers in English when Accept-Language prefers it', async () => {
    const res = await app.api().get('/api/v1/me', { 'accept-language': 'en-GB,en;q=0.8,zh;q=0.5' });
    expect(res.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Please sign in first' } });
  });
});

describe('when the database is gone', () => {
  it('answers 500 without internals and /readyz says not ready', async () => {
    const broken = await startTestApp();
    const someone = await makeUser(await makeTenant(broken), 'sales');
    await broken.database.close();
    const res = await broken.api(someone.token).get('/api/v1/customers');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'INTERNAL', message: '服务器出错了，请稍后再试' } });
    expect((await broken.api().get('/readyz')).status).toBe(503);
    await broken.close().catch(() => undefined);
  });
});

/** GET with the path sent byte for byte: fetch would percent-encode what a hostile client need not. */
function rawGet(base: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(new URL(base), { path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

describe('the mini-app’s files', () => {
  it('answers page paths with the app, and missing files with 404', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'fieldloop-static-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Fieldloop</title>');
    const site = await startTestApp({ env: { STATIC_DIR: staticDir } });
    try {
      const page = await fetch(`${site.url}/customers/123`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Fieldloop</title>');
      expect((await fetch(`${site.url}/robots.txt`)).status).toBe(404);
      expect((await fetch(`${site.url}/assets/gone-1234.js`)).status).toBe(404);
      writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Rebuilt</title>');
      expect(await (await fetch(`${site.url}/me`)).text()).toContain('Rebuilt');
    } finally {
      await site.close();
    }
  });

  it('lists the app’s shell, the texts and the screen’s code in the page, and sends the screen’s first GETs from it', async () => {
    const staticDir = mkdtempSync(join(tmpdir(), 'fieldloop-static-'));
    writeFileSync(
      join(staticDir, 'index.html'),
      '<!doctype html><html><head><title>Fieldloop</title></head></html>',
    );
    mkdirSync(join(staticDir, '.vite'));
    const manifest = {
      'index.html': { file: 'assets/index-1.js', imports: ['_shell-1.js'] },
      '_shell-1.js': { file: 'assets/shell-1.js' },
      'app/start.tsx': { file: 'assets/start-1.js', imports: ['_shell-1.js', '_react-dom-1.js'] },
      '_react-dom-1.js': { file: 'assets/react-dom-1.js' },
      'features/visits/pages/VisitsPage.tsx': {
        file: 'assets/VisitsPage-1.js',
        imports: ['_shell-1.js', '_tag-1.js'],
      },
      '_tag-1.js': { file: 'assets/tag-1.js', imports: ['_shell-1.js'] },
      '../shared/i18n/zh-CN.core.ts': { file: 'assets/zh-CN.core-1.js', imports: ['_shell-1.js'] },
    };
    writeFileSync(join(staticDir, '.vite', 'manifest.json'), JSON.stringify(manifest));
    const site = await startTestApp({ env: { STATIC_DIR: staticDir } });
    try {
      const preloads = async (path: string) =>
        [
          ...(await (await fetch(`${site.url}${path}`)).text()).matchAll(
            /rel="modulepreload" crossorigin href="([^"]+)"/g,
          ),
        ].map((match) => match[1]);
      const shell = ['/assets/start-1.js', '/assets/react-dom-1.js', '/assets/zh-CN.core-1.js'];
      expect(await preloads('/visits')).toEqual([...shell, '/assets/VisitsPage-1.js', '/assets/tag-1.js']);
      expect(await preloads('/home')).toEqual(shell);
      const early = async (path: string) => {
        const found = /window\.fieldloopEarly=\{\};[\s\S]*?\}\)\((\[[^\]]*\])/.exec(
          await (await fetch(`${site.url}${path}`)).text(),
        );
        return found ? (JSON.parse(found[1] ?? '[]') as string[]) : [];
      };
      expect(await early('/visits')).toEqual([
        '/api/v1/me',
        '/api/v1/visits/follow-ups',
        '/api/v1/visits?limit=20',
      ]);
      expect(await early('/visits/new')).toEqual(['/api/v1/me']);
      expect(await early('/login')).toEqual([]);
      // A path a browser would never send unencoded: its id lands in the page's script, escaped.
      const hostile = await rawGet(site.url, '/customers/a<!--<script>alert(1)');
      expect(hostile).toContain('/api/v1/customers/a\\u003c!--\\u003cscript\\u003ealert(1)');
      expect(hostile).not.toContain('<!--<script>');
      expect((await fetch(`${site.url}/.vite/manifest.json`)).status).toBe(404);
    } finally {
      await site.close();
    }
  });
});
