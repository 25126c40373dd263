/** Addresses a client mangled answer 4xx with a stable code; 500 stays for our own bugs. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let rep: TestUser;

beforeAll(async () => {
  const staticDir = mkdtempSync(join(tmpdir(), 'fieldloop-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Fieldloop</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log(1)');
  app = await startTestApp({ env: { STATIC_DIR: staticDir } });
  rep = await makeUser(await makeTenant(app), 'sales');
});
afterAll(() => app.close());

const get = async (path: string, token?: string) => {
  const res = await fetch(`${app.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await res.text();
  return { status: res.status, code: text.startsWith('{') ? JSON.parse(text).error?.code : undefined };
};

describe('mangled paths', () => {
  it('answers 404 to a path that climbs out of the mini-app folder, signed in or not', async () => {
    expect((await get('/assets/app-1234.js')).status).toBe(200);
    for (const path of [
      '/assets/..%2f..%2fpackage.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%2fpackage.json',
    ]) {
      expect(await get(path)).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(await get(path, rep.token)).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
  });

  it('answers 400 MALFORMED_URL to percent-encoding that does not decode', async () => {
    for (const path of ['/assets/%E0%A4%A', '/status/%E0%A4%A', '/%ZZ', '/assets/a%00.js']) {
      expect(await get(path)).toEqual({ status: 400, code: 'MALFORMED_URL' });
    }
  });

  it('answers 404 to API ids and status tokens that do not decode', async () => {
    expect((await get('/api/v1/customers', rep.token)).status).toBe(200);
    for (const path of ['/api/v1/customers/%ZZ', '/api/v1/customers/%E0%A4%A', '/api/v1/status/%E0%A4%A']) {
      expect(await get(path, rep.token)).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
  });

  it('still answers a body that is not JSON with MALFORMED_JSON on a page path', async () => {
    const res = await fetch(`${app.url}/customers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('MALFORMED_JSON');
  });
});
