import type { Member, MemberList } from '@shared/schemas/users';
import { startTestApp, type TestApp } from '@test/helpers/app';
import {
  makeConnection,
  makeTenant,
  makeUser,
  type TestTenant,
  type TestUser,
} from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personForPlatformIdentity } from './service';

let app: TestApp;
let tenant: TestTenant;
let admin: TestUser;
let rep: TestUser;
let outsider: TestUser;
let connectionId: string;
let platformPersonId: string;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await makeTenant(app);
  admin = await makeUser(tenant, 'admin', '管理员甲');
  rep = await makeUser(tenant, 'sales', '张浩然');
  outsider = await makeUser(await makeTenant(app), 'admin', '别家管理员');
  connectionId = await makeConnection(tenant);
  const person = await tenant.tdb.transaction((tx) =>
    personForPlatformIdentity(
      tx,
      {
        connectionId,
        platform: 'dingtalk',
        externalId: 'linxiaowen',
        unionId: null,
        name: '林晓雯',
        avatarUrl: null,
        mobile: null,
        email: null,
        department: '实施部',
      },
      { mapped: null, fallback: 'sales' },
    ),
  );
  platformPersonId = person.id;
});
afterAll(() => app.close());

const patch = (token: string, id: string, body: unknown) =>
  app.api(token).patch<Member>(`/api/v1/users/${id}`, body);

describe('GET /api/v1/users', () => {
  it('answers 401 without a token', async () => {
    expect((await app.api().get('/api/v1/users')).status).toBe(401);
  });

  it('refuses anyone but an admin', async () => {
    const res = await app.api(rep.token).get('/api/v1/users');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('lists each member with role, where it came from, department and platform identities', async () => {
    const res = await app.api(admin.token).get<MemberList>(`/api/v1/users?q=${encodeURIComponent('晓雯')}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: platformPersonId,
        name: '林晓雯',
        role: 'sales',
        roleSource: 'default',
        department: '实施部',
        active: true,
        deactivatedAt: null,
        identities: [{ connectionId, platform: 'dingtalk', externalId: 'linxiaowen' }],
        can: { update: true },
      },
    ]);
  });

  it('never shows people of another tenant, and an admin may not change themselves', async () => {
    const mine = await app.api(admin.token).get<MemberList>('/api/v1/users');
    expect(mine.body.items.map((member) => member.name).sort()).toEqual(
      ['张浩然', '林晓雯', '管理员甲'].sort(),
    );
    expect(mine.body.items.find((member) => member.id === admin.id)?.can.update).toBe(false);
  });

  it('refuses an unknown status filter with the field named', async () => {
    const res = await app.api(admin.token).get('/api/v1/users?status=gone');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { status: expect.any(String) } },
    });
  });
});

describe('PATCH /api/v1/users/:id', () => {
  it('answers 401 without a token', async () => {
    expect((await app.api().patch(`/api/v1/users/${rep.id}`, { role: 'pm' })).status).toBe(401);
  });

  it('refuses a non-admin, and an admin of another tenant cannot find the person', async () => {
    expect((await patch(rep.token, platformPersonId, { role: 'admin' })).status).toBe(403);
    const stranger = await patch(outsider.token, rep.id, { role: 'pm' });
    expect(stranger.status).toBe(404);
    expect((await patch(admin.token, '0190d5a4-0000-7000-8000-000000000000', { role: 'pm' })).status).toBe(
      404,
    );
  });

  it('refuses a bad role or an empty change with the field named', async () => {
    const bad = await patch(admin.token, rep.id, { role: 'boss' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { role: expect.any(String) } },
    });
    expect((await patch(admin.token, rep.id, {})).status).toBe(400);
  });

  it('refuses an admin changing their own role', async () => {
    expect((await patch(admin.token, admin.id, { role: 'sales' })).status).toBe(403);
  });

  it('changes a role at once: the person’s next request acts with it, marked as set by hand and audited', async () => {
    const person = await makeUser(tenant, 'sales', '王建国');
    expect((await app.api(person.token).get('/api/v1/users')).status).toBe(403);
    const res = await patch(admin.token, person.id, { role: 'admin' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: person.id, role: 'admin', roleSource: 'manual', active: true });
    expect((await app.api(person.token).get('/api/v1/users')).status).toBe(200);
    const audit = await tenant.tdb
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('object_id', '=', person.id)
      .execute();
    expect(audit).toEqual([{ action: 'user.update', actor_id: admin.id }]);
  });

  it('deactivates someone: their sessions stop working; reactivating lets them back in', async () => {
    const person = await makeUser(tenant, 'sales', '赵磊');
    expect((await app.api(person.token).get('/api/v1/me')).status).toBe(200);
    const off = await patch(admin.token, person.id, { active: false });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ active: false, deactivatedAt: expect.any(String) });
    expect((await app.api(person.token).get('/api/v1/me')).status).toBe(401);
    const listed = await app.api(admin.token).get<MemberList>('/api/v1/users?status=deactivated');
    expect(listed.body.items.map((member) => member.id)).toEqual([person.id]);
    const on = await patch(admin.token, person.id, { active: true });
    expect(on.body).toMatchObject({ active: true, deactivatedAt: null });
  });
});
