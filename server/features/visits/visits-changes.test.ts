import { localDateOf } from '@shared/domain/clock';
import { addDays } from '@shared/domain/visits';
import type { Visit } from '@shared/schemas/visits';
import { office, startVisitsWorld, type VisitsWorld } from '@test/helpers/visits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: VisitsWorld['app'];
let tenant: VisitsWorld['tenant'];
let rep: VisitsWorld['rep'];
let otherRep: VisitsWorld['otherRep'];
let manager: VisitsWorld['manager'];
let admin: VisitsWorld['admin'];
let contact: VisitsWorld['contact'];
let newVisit: VisitsWorld['newVisit'];
let logVisit: VisitsWorld['logVisit'];
let remove: VisitsWorld['remove'];

beforeAll(async () => {
  ({ app, tenant, rep, otherRep, manager, admin, contact, newVisit, logVisit, remove } =
    await startVisitsWorld());
});
afterAll(() => app.close());

describe('PATCH /api/v1/visits/{id}', () => {
  it('saves a same-day edit and replaces attendees, then refuses the stale version with 409', async () => {
    const visit = await logVisit(rep, { kind: 'onsite', attendeeContactIds: [contact.id] });
    const edited = await app.api(rep.token).patch<Visit>(`/api/v1/visits/${visit.id}`, {
      version: 1,
      outcome: '同意试点',
      attendeeContactIds: [],
      checkIn: { ...office, accuracy: 15, isFresh: true },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      version: 2,
      outcome: '同意试点',
      attendees: [],
      checkIn: { flagged: false },
    });
    expect(edited.body.can.checkIn).toBe(false);
    const stale = await app
      .api(rep.token)
      .patch(`/api/v1/visits/${visit.id}`, { version: 1, outcome: '旧手机上的修改' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'VERSION_CONFLICT' } });
    const current = await app.api(rep.token).get<Visit>(`/api/v1/visits/${visit.id}`);
    expect(current.body.outcome).toBe('同意试点');
  });

  it('takes a check-in only once', async () => {
    const visit = await logVisit(rep, { kind: 'onsite', checkIn: { ...office, accuracy: 5 } });
    const res = await app.api(rep.token).patch(`/api/v1/visits/${visit.id}`, {
      version: 1,
      checkIn: { lat: 31.2, lng: 120.6, accuracy: 5 },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { checkIn: '已经签到过了，签到不能修改' } } });
  });

  it('keeps a visit planned ahead from being moved back before the day it was logged', async () => {
    const today = localDateOf(new Date());
    const noonOf = (day: string) => `${day}T04:00:00.000Z`;
    const planned = await logVisit(rep, { kind: 'onsite', visitedAt: noonOf(addDays(today, 5)) });
    const loggedOn = addDays(today, -3);
    await backdate(planned.id, noonOf(loggedOn));
    const move = (visitedAt: string) =>
      app.api(rep.token).patch<Visit>(`/api/v1/visits/${planned.id}`, {
        version: 1,
        visitedAt,
        checkIn: { ...office, accuracy: 10 },
      });

    const backDated = await move(noonOf(addDays(today, -10)));
    expect(backDated.status).toBe(400);
    expect(backDated.body).toMatchObject({ error: { fields: { visitedAt: '拜访时间不能改到记录日之前' } } });
    const checkedInLater = await move(noonOf(loggedOn));
    expect(checkedInLater.status).toBe(400);
    expect(checkedInLater.body).toMatchObject({ error: { fields: { checkIn: '只能在拜访当天签到' } } });
    const broughtForward = await move(new Date().toISOString());
    expect(broughtForward.status).toBe(200);
    expect(broughtForward.body).toMatchObject({ visitedOn: today, checkIn: { flagged: false } });
  });

  it('takes a check-in only on the day of the visit', async () => {
    const today = localDateOf(new Date());
    const yesterdays = await app.api(rep.token).post('/api/v1/visits', {
      ...newVisit({ kind: 'onsite', visitedAt: `${addDays(today, -1)}T04:00:00.000Z` }),
      checkIn: { ...office, accuracy: 10 },
    });
    expect(yesterdays.status).toBe(400);
    expect(yesterdays.body).toMatchObject({ error: { fields: { checkIn: '只能在拜访当天签到' } } });
    const tomorrows = await logVisit(rep, {
      kind: 'onsite',
      visitedAt: `${addDays(today, 1)}T04:00:00.000Z`,
    });
    const early = await app.api(rep.token).patch(`/api/v1/visits/${tomorrows.id}`, {
      version: 1,
      checkIn: { ...office, accuracy: 10 },
    });
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({ error: { fields: { checkIn: '只能在拜访当天签到' } } });
    const todays = await logVisit(rep, { kind: 'onsite' });
    const onTheDay = await app.api(rep.token).patch(`/api/v1/visits/${todays.id}`, {
      version: 1,
      checkIn: { ...office, accuracy: 10 },
    });
    expect(onTheDay.status).toBe(200);
  });

  it("refuses a manager's edit of a rep's visit, and a rep's edit the next day", async () => {
    const visit = await logVisit(rep);
    expect(
      (await app.api(manager.token).patch(`/api/v1/visits/${visit.id}`, { version: 1, notes: '改' })).status,
    ).toBe(403);
    const old = await logVisit(rep, { visitedAt: '2020-01-01T02:00:00Z' });
    await backdate(old.id, '2020-01-01T02:00:00.000Z');
    const res = await app.api(rep.token).patch(`/api/v1/visits/${old.id}`, { version: 1, notes: '补记' });
    expect(res.status).toBe(403);
  });

  it('answers 400 without a version', async () => {
    const visit = await logVisit(rep);
    const res = await app.api(rep.token).patch(`/api/v1/visits/${visit.id}`, { notes: '没有版本号' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { version: '必填' } } });
  });
});

async function backdate(visitId: string, at: string): Promise<void> {
  await tenant.tdb
    .updateTable('visits')
    .set({ created_at: at, updated_at: at })
    .where('id', '=', visitId)
    .execute();
}

describe('DELETE /api/v1/visits/{id}', () => {
  it('lets the owner take back a visit the same day', async () => {
    const visit = await logVisit(rep);
    expect((await remove(rep, visit.id)).status).toBe(204);
    expect((await app.api(rep.token).get(`/api/v1/visits/${visit.id}`)).status).toBe(404);
  });

  it("keeps yesterday's visit from its owner and a manager, but lets an admin delete it", async () => {
    const yesterday = addDays(localDateOf(new Date()), -1);
    const visit = await logVisit(rep, { visitedAt: `${yesterday}T02:00:00Z` });
    await backdate(visit.id, `${yesterday}T02:00:00.000Z`);
    expect((await app.api(rep.token).get<Visit>(`/api/v1/visits/${visit.id}`)).body.can.delete).toBe(false);
    expect((await remove(rep, visit.id)).status).toBe(403);
    expect((await remove(manager, visit.id)).status).toBe(403);
    expect((await remove(admin, visit.id)).status).toBe(204);
    const audit = await tenant.tdb
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('object_id', '=', visit.id)
      .orderBy('at')
      .execute();
    expect(audit).toEqual([
      { action: 'visit.create', actor_id: rep.id },
      { action: 'visit.delete', actor_id: admin.id },
    ]);
  });

  it('answers 404 to another rep', async () => {
    const visit = await logVisit(rep);
    expect((await remove(otherRep, visit.id)).status).toBe(404);
  });
});
