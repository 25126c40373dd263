import type { Page } from '@shared/schemas/common';
import type { Visit } from '@shared/schemas/visits';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { office, startVisitsWorld, type VisitsWorld } from '@test/helpers/visits';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: VisitsWorld['app'];
let rep: VisitsWorld['rep'];
let otherRep: VisitsWorld['otherRep'];
let manager: VisitsWorld['manager'];
let admin: VisitsWorld['admin'];
let pm: VisitsWorld['pm'];
let logVisit: VisitsWorld['logVisit'];

beforeAll(async () => {
  ({ app, rep, otherRep, manager, admin, pm, logVisit } = await startVisitsWorld());
});
afterAll(() => app.close());

describe('who sees a visit', () => {
  let visit: Visit;
  beforeAll(async () => {
    visit = await logVisit(rep, { notes: '只给经理看' });
  });

  it("answers 404 to another rep, but the visit's participant may read it", async () => {
    expect((await app.api(otherRep.token).get(`/api/v1/visits/${visit.id}`)).status).toBe(404);
    const joined = await logVisit(rep, { participantIds: [otherRep.id] });
    const asParticipant = await app.api(otherRep.token).get<Visit>(`/api/v1/visits/${joined.id}`);
    expect(asParticipant.status).toBe(200);
    expect(asParticipant.body.can).toEqual({ update: false, delete: false, checkIn: false });
  });

  it.each([
    ['manager', () => manager],
    ['admin', () => admin],
    ['pm', () => pm],
  ])('lets a %s read it', async (_role, user) => {
    const res = await app.api(user().token).get<Visit>(`/api/v1/visits/${visit.id}`);
    expect(res.status).toBe(200);
    expect(res.body.notes).toBe('只给经理看');
  });

  it('answers 404 for a malformed id', async () => {
    expect((await app.api(rep.token).get('/api/v1/visits/123')).status).toBe(404);
  });

  it("lists only the rep's own visits, and the whole team's to a manager", async () => {
    const mine = await app.api(rep.token).get<Page<Visit>>('/api/v1/visits?limit=100');
    expect(mine.body.items.every((v) => v.owner.id === rep.id)).toBe(true);
    const theirs = await app.api(otherRep.token).get<Page<Visit>>('/api/v1/visits?limit=100');
    expect(theirs.body.items.map((v) => v.owner.id)).toEqual(theirs.body.items.map(() => rep.id));
    expect(theirs.body.items.every((v) => v.participants.some((p) => p.id === otherRep.id))).toBe(true);
    const team = await app.api(manager.token).get<Page<Visit>>('/api/v1/visits?limit=100');
    expect(team.body.items.length).toBe(mine.body.items.length);
  });
});

describe("a rep's visit list", () => {
  it('merges the visits they took part in with their own, newest first, across pages and under filters', async () => {
    const team = await makeTenant(app);
    const me = await makeUser(team, 'sales');
    const colleague = await makeUser(team, 'sales');
    const [myCustomer, theirCustomer] = [await makeCustomer(me), await makeCustomer(colleague)];
    const at = (hour: string) => `2031-05-01T${hour}:00:00Z`;
    const mine = (hour: string) =>
      logVisit(me, { customerId: myCustomer, kind: 'phone', visitedAt: at(hour) });
    const theirs = (hour: string, participantIds: string[]) =>
      logVisit(colleague, { customerId: theirCustomer, kind: 'onsite', visitedAt: at(hour), participantIds });
    const early = await mine('01');
    const joined = await theirs('02', [me.id]);
    const late = await mine('03');
    await theirs('04', []);

    const first = await app.api(me.token).get<Page<Visit>>('/api/v1/visits?limit=2');
    expect(first.body.items.map((v) => v.id)).toEqual([late.id, joined.id]);
    const rest = await app
      .api(me.token)
      .get<Page<Visit>>(`/api/v1/visits?limit=2&cursor=${first.body.nextCursor}`);
    expect(rest.body.items.map((v) => v.id)).toEqual([early.id]);
    const onsite = await app.api(me.token).get<Page<Visit>>('/api/v1/visits?kind=onsite');
    expect(onsite.body.items.map((v) => v.id)).toEqual([joined.id]);
  });
});

describe('GET /api/v1/visits', () => {
  let tenantB: TestTenant;
  let seller: TestUser;
  let boss: TestUser;
  let customerB: string;
  const days = ['2030-03-01', '2030-03-02', '2030-03-03'];

  beforeAll(async () => {
    tenantB = await makeTenant(app);
    seller = await makeUser(tenantB, 'sales');
    boss = await makeUser(tenantB, 'manager');
    customerB = await makeCustomer(seller, { location: office });
    const other = await makeCustomer(seller);
    for (const [i, day] of days.entries()) {
      for (const hour of ['01', '05']) {
        // A check-in is only taken on the visit's day: take it today, then move the visit to its day.
        const visit = await logVisit(seller, {
          customerId: customerB,
          kind: 'onsite',
          checkIn: { ...office, accuracy: 10, isMock: hour === '05' },
        });
        await tenantB.tdb
          .updateTable('visits')
          .set({ visited_at: `${day}T${hour}:00:00.000Z`, visited_on: day })
          .where('id', '=', visit.id)
          .execute();
      }
      await logVisit(seller, {
        customerId: other,
        kind: i === 0 ? 'video' : 'phone',
        visitedAt: `${day}T03:00:00Z`,
      });
    }
  });

  it('pages newest first with a cursor, without repeats or gaps', async () => {
    const seen: Visit[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const query = cursor ? `&cursor=${cursor}` : '';
      const res: { body: Page<Visit> } = await app
        .api(seller.token)
        .get<Page<Visit>>(`/api/v1/visits?limit=4${query}`);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    }
    expect(seen).toHaveLength(9);
    const times = seen.map((v) => v.visitedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('filters by customer, kind, local days and flagged check-ins', async () => {
    const get = async (query: string) =>
      (await app.api(boss.token).get<Page<Visit>>(`/api/v1/visits?limit=100&${query}`)).body.items;
    expect(await get(`customerId=${customerB}`)).toHaveLength(6);
    expect(await get('kind=video')).toHaveLength(1);
    expect(await get('from=2030-03-02&to=2030-03-02')).toHaveLength(3);
    expect((await get('flagged=true')).every((v) => v.checkIn?.flagged)).toBe(true);
    expect(await get('flagged=true')).toHaveLength(3);
    expect(await get(`ownerId=${seller.id}&mine=true`)).toHaveLength(0);
  });

  it('answers 400 for a bad filter', async () => {
    const res = await app.api(boss.token).get('/api/v1/visits?kind=lunch&from=yesterday&cursor=%%%');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: { fields: { kind: expect.any(String), from: expect.any(String) } },
    });
  });
});
