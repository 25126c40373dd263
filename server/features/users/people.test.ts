import type { PeopleList } from '@shared/schemas/users';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deactivatePerson } from './service';

let app: TestApp;
let tenant: TestTenant;
let rep: TestUser;
let colleague: TestUser;
let manager: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  tenant = await makeTenant(app);
  rep = await makeUser(tenant, 'sales', '张浩然');
  colleague = await makeUser(tenant, 'sales', '林Wei Ling');
  manager = await makeUser(tenant, 'manager', '王建国');
  const leaver = await makeUser(tenant, 'sales', '张已离职');
  await deactivatePerson(tenant.tdb, leaver.id);
  outsider = await makeUser(await makeTenant(app), 'sales', '张外人');
});
afterAll(() => app.close());

describe('GET /api/v1/people', () => {
  it('answers 401 without a token', async () => {
    const res = await app.api().get('/api/v1/people');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('lists the active people of the tenant by name, to any signed-in role', async () => {
    const res = await app.api(rep.token).get<PeopleList>('/api/v1/people');
    expect(res.status).toBe(200);
    expect(res.body.items.map((person) => person.name).sort()).toEqual(
      ['张浩然', '林Wei Ling', '王建国'].sort(),
    );
    expect(res.body.items.find((person) => person.id === manager.id)).toEqual({
      id: manager.id,
      name: '王建国',
      role: 'manager',
      department: null,
    });
  });

  it('finds people by any part of the name, ignoring case, and never someone who left', async () => {
    const res = await app.api(manager.token).get<PeopleList>(`/api/v1/people?q=${encodeURIComponent('张')}`);
    expect(res.body.items.map((person) => person.id)).toEqual([rep.id]);
    const latin = await app
      .api(manager.token)
      .get<PeopleList>(`/api/v1/people?q=${encodeURIComponent('wei l')}`);
    expect(latin.body.items.map((person) => person.id)).toEqual([colleague.id]);
  });

  it('takes LIKE wildcards in the search literally', async () => {
    const res = await app.api(rep.token).get<PeopleList>(`/api/v1/people?q=${encodeURIComponent('%')}`);
    expect(res.body.items).toEqual([]);
  });

  it('never shows people of another tenant', async () => {
    const mine = await app.api(rep.token).get<PeopleList>(`/api/v1/people?q=${encodeURIComponent('外人')}`);
    expect(mine.body.items).toEqual([]);
    const theirs = await app.api(outsider.token).get<PeopleList>('/api/v1/people');
    expect(theirs.body.items.map((person) => person.id)).toEqual([outsider.id]);
  });

  it('caps the answer at the limit asked for', async () => {
    const res = await app.api(rep.token).get<PeopleList>('/api/v1/people?limit=2');
    expect(res.body.items).toHaveLength(2);
  });

  it('refuses a limit out of range with the field named', async () => {
    const res = await app.api(rep.token).get('/api/v1/people?limit=500');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { limit: expect.any(String) } },
    });
  });
});
