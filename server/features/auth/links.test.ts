import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Session } from '@shared/schemas/auth';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignInLink } from './links';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

describe('one-time sign-in links', () => {
  it('signs the person in once, and never again with the same link', async () => {
    const admin = await makeUser(await makeTenant(app), 'admin', '周管理');
    const link = await createSignInLink(admin.tenant.tdb, {
      userId: admin.id,
      publicUrl: app.url,
      validHours: 1,
    });
    expect(link).toMatch(new RegExp(`^${app.url}/sign-in/link#token=`));
    const first = await app.api().post<Session>('/api/v1/auth/link', { token: tokenOf(link) });
    expect(first.status).toBe(200);
    expect(first.body.user).toMatchObject({ id: admin.id, name: '周管理', role: 'admin' });
    const again = await app.api().post('/api/v1/auth/link', { token: tokenOf(link) });
    expect(again.status).toBe(401);
  });

  it('refuses an expired link', async () => {
    const admin = await makeUser(await makeTenant(app), 'admin');
    const link = await createSignInLink(admin.tenant.tdb, {
      userId: admin.id,
      publicUrl: app.url,
      validHours: 0,
    });
    expect((await app.api().post('/api/v1/auth/link', { token: tokenOf(link) })).status).toBe(401);
  });
});

describe('npm run admin -- create-tenant', () => {
  it('creates a tenant with its first admin and prints a working sign-in link', async () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'fieldloop-admin-')), 'db.sqlite');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/admin.ts', 'create-tenant', '--name', '远景制造', '--admin', '钱主管'],
      {
        env: {
          ...process.env,
          DATABASE_URL: `sqlite:${databaseFile}`,
          PUBLIC_URL: 'https://fieldloop.example.cn',
        },
      },
    );
    expect(stdout).toMatch(/^tenant [0-9a-f-]{36}\nadmin {2}[0-9a-f-]{36}\nsign in once within 24 h: /);
    expect(stdout).toMatch(/https:\/\/fieldloop\.example\.cn\/sign-in\/link#token=[\w-]{40,}/);
  });
});
