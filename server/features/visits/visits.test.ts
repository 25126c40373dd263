import { localDateOf } from '@shared/domain/clock';
import { addDays } from '@shared/domain/visits';
import type { Page } from '@shared/schemas/common';
import type { Contact } from '@shared/schemas/customers';
import type { Visit } from '@shared/schemas/visits';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { jpegBytes, uploadFile } from '@test/helpers/attachments';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let tenant: TestTenant;
let rep: TestUser;
let otherRep: TestUser;
let manager: TestUser;
let admin: TestUser;
let pm: TestUser;
let customerId: string;
let contact: Contact;

/** 苏州工业园区星湖街: the customer's saved location. */
const office = { lat: 31.3, lng: 120.7 };

beforeAll(async () => {
  app = await startTestApp();
  tenant = await makeTenant(app);
  rep = await makeUser(tenant, 'sales', '张浩然');
  otherRep = await makeUser(tenant, 'sales', '李婷婷');
  manager = await makeUser(tenant, 'manager', '王建国');
  admin = await makeUser(tenant, 'admin', '陈静');
  pm = await makeUser(tenant, 'pm', '林晓雯');
  customerId = await makeCustomer(rep, { name: '苏州恒川精密制造有限公司', location: office });
  const added = await app.api(rep.token).post<Contact>(`/api/v1/customers/${customerId}/contacts`, {
    name: '周立新',
    title: '生产总监',
    role: 'decision_maker',
  });
  contact = added.body;
});
afterAll(() => app.close());

const newVisit = (overrides: Record<string, unknown> = {}) => ({
  clientId: crypto.randomUUID(),
  customerId,
  kind: 'phone',
  ...overrides,
});

async function logVisit(user: TestUser, overrides: Record<string, unknown> = {}): Promise<Visit> {
  const res = await app.api(user.token).post<Visit>('/api/v1/visits', newVisit(overrides));
  expect(res.status).toBe(201);
  return res.body;
}

const remove = (user: TestUser, id: string) =>
  app.api(user.token).raw(`/api/v1/visits/${id}`, { method: 'DELETE' });

describe('POST /api/v1/visits', () => {
  it('answers 401 without a token', async () => {
    const res = await app.api().post('/api/v1/visits', newVisit());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('logs an on-site visit with a check-in measured against the customer, in the promised shape', async () => {
    const before = new Date().toISOString();
    const res = await app.api(rep.token).post<Visit>(
      '/api/v1/visits',
      newVisit({
        kind: 'onsite',
        purpose: '季度回访',
        notes:
          '客户对排产模块很满意，希望下季度扩展到二厂，质检环节需要对接现有 MES 系统，周总会拉 IT 一起评估。',
        nextStep: '下周发送二厂实施方案',
        followUpAt: '2031-05-06',
        participantIds: [otherRep.id],
        attendeeContactIds: [contact.id],
        checkIn: {
          lat: 31.301,
          lng: 120.7,
          accuracy: 30,
          address: '星湖街328号',
          isFresh: true,
          isMock: false,
          source: 'dingtalk',
        },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      clientId: expect.any(String),
      customerId,
      customer: { id: customerId, name: '苏州恒川精密制造有限公司' },
      kind: 'onsite',
      status: 'done',
      visitedAt: expect.any(String),
      visitedOn: localDateOf(new Date()),
      purpose: '季度回访',
      notes: expect.stringContaining('排产模块'),
      outcome: null,
      nextStep: '下周发送二厂实施方案',
      followUpAt: '2031-05-06',
      owner: { id: rep.id, name: '张浩然' },
      participants: [{ id: otherRep.id, name: '李婷婷' }],
      attendees: [{ id: contact.id, name: '周立新', title: '生产总监' }],
      checkIn: {
        lat: 31.301,
        lng: 120.7,
        accuracy: 30,
        address: '星湖街328号',
        at: expect.any(String),
        distanceMeters: 111,
        flagged: false,
      },
      isFresh: true,
      isMock: false,
      evidence: { total: 60, parts: { inRadius: 20, freshFix: 20, photo: 0, notes: 20, requirement: 0 } },
      photos: [],
      version: 1,
      can: { update: true, delete: true, checkIn: false },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((res.body.checkIn?.at ?? '') >= before).toBe(true);
  });

  it('flags a check-in far from the customer, and one the platform reported as mocked', async () => {
    const far = await logVisit(rep, { kind: 'onsite', checkIn: { lat: 31.25, lng: 120.7, accuracy: 50 } });
    expect(far.checkIn).toMatchObject({ distanceMeters: 5560, flagged: true });
    expect(far.evidence.parts.inRadius).toBe(0);
    const mocked = await logVisit(rep, {
      kind: 'onsite',
      checkIn: { ...office, accuracy: 10, isMock: true },
    });
    expect(mocked.checkIn).toMatchObject({ distanceMeters: 0, flagged: true });
    expect(mocked.isMock).toBe(true);
  });

  it('names every bad field', async () => {
    const res = await app.api(rep.token).post('/api/v1/visits', {
      clientId: 'not-a-uuid',
      kind: 'lunch',
      followUpAt: 'tomorrow',
      checkIn: { lat: 200, lng: 1, accuracy: 5 },
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        fields: {
          clientId: expect.any(String),
          customerId: '必填',
          kind: '请选择有效的选项',
          followUpAt: expect.any(String),
          'checkIn.lat': expect.any(String),
        },
      },
    });
  });

  it('refuses people and contacts that are not there, and a check-in on a phone call', async () => {
    const strangers = await app.api(rep.token).post(
      '/api/v1/visits',
      newVisit({
        participantIds: [rep.id, crypto.randomUUID()],
        attendeeContactIds: [crypto.randomUUID()],
      }),
    );
    expect(strangers.status).toBe(400);
    expect(strangers.body).toMatchObject({
      error: {
        fields: {
          'participantIds.1': '不是本企业的在职成员',
          'attendeeContactIds.0': '不是这家客户的联系人',
        },
      },
    });
    const call = await app
      .api(rep.token)
      .post('/api/v1/visits', newVisit({ checkIn: { ...office, accuracy: 5 } }));
    expect(call.status).toBe(400);
    expect(call.body).toMatchObject({ error: { fields: { checkIn: '只有上门拜访可以签到' } } });
  });

  it("answers 404 for another rep's customer", async () => {
    const res = await app.api(otherRep.token).post('/api/v1/visits', newVisit());
    expect(res.status).toBe(404);
  });

  it('answers the same visit for the same clientId, sequentially', async () => {
    const body = newVisit({ notes: '第一次提交' });
    const first = await app.api(rep.token).post<Visit>('/api/v1/visits', body);
    const again = await app.api(rep.token).post<Visit>('/api/v1/visits', { ...body, notes: '网络重试' });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body).toEqual(first.body);
  });

  it('creates exactly one visit under 20 concurrent identical requests', async () => {
    const upload = await uploadFile(app.url, rep.token, jpegBytes());
    const body = newVisit({ kind: 'onsite', attachmentIds: [upload.body.id] });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => app.api(rep.token).post<Visit>('/api/v1/visits', body)),
    );
    expect(responses.filter((res) => res.status === 201)).toHaveLength(1);
    expect(responses.filter((res) => res.status === 200)).toHaveLength(19);
    expect(new Set(responses.map((res) => res.body.id)).size).toBe(1);
    const stored = await tenant.tdb
      .selectFrom('visits')
      .select('id')
      .where('client_id', '=', body.clientId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(responses[0]?.body.photos.map((photo) => photo.id)).toEqual([upload.body.id]);
  });
});

describe('photos', () => {
  it('shows the uploaded photos with signed urls, and lets the manager read them', async () => {
    const photo = await uploadFile(app.url, rep.token, jpegBytes());
    const visit = await logVisit(rep, { kind: 'onsite', attachmentIds: [photo.body.id] });
    expect(visit.photos).toEqual([{ ...photo.body, url: expect.stringContaining(photo.body.id) }]);
    expect(visit.evidence.parts.photo).toBe(20);
    const asManager = await app.api(manager.token).get(`/api/v1/attachments/${photo.body.id}`);
    expect(asManager.status).toBe(200);
    const asOtherRep = await app.api(otherRep.token).get(`/api/v1/attachments/${photo.body.id}`);
    expect(asOtherRep.status).toBe(404);
  });

  it('keeps photos in the order the rep chose, and an edit replaces them, order and all', async () => {
    const [first, second, third] = await Promise.all(
      [1, 2, 3].map(async () => (await uploadFile(app.url, rep.token, jpegBytes())).body.id as string),
    );
    const visit = await logVisit(rep, { kind: 'onsite', attachmentIds: [third, first, second] });
    expect(visit.photos.map((photo) => photo.id)).toEqual([third, first, second]);
    const edited = await app
      .api(rep.token)
      .patch<Visit>(`/api/v1/visits/${visit.id}`, { version: visit.version, attachmentIds: [second, third] });
    expect(edited.body.photos.map((photo) => photo.id)).toEqual([second, third]);
    const reread = await app.api(rep.token).get<Visit>(`/api/v1/visits/${visit.id}`);
    expect(reread.body.photos.map((photo) => photo.id)).toEqual([second, third]);
  });

  it('refuses an attachment id nobody uploaded', async () => {
    const res = await app
      .api(rep.token)
      .post('/api/v1/visits', newVisit({ attachmentIds: [crypto.randomUUID()] }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { fields: { 'attachmentIds.0': expect.any(String) } } });
  });
});

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
