import { createLogger } from '@server/core/log';
import { startOfLocalDay } from '@shared/domain/clock';
import type { Session } from '@shared/schemas/auth';
import type { Visit } from '@shared/schemas/visits';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepFollowUps, sweepPreVisitBriefs } from './jobs';

const corpId = 'dingvisitcorp01';
const app_ = { clientId: 'dingvisitclient', clientSecret: 'emu-secret', agentId: '3001002' };
const callback = { callbackToken: 'mryue', callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7' };

let emulator: DingTalkEmulator;
let app: TestApp;
let rep: TestUser;
let customerId: string;

/** 08:30 in Shanghai on the given local day. */
const morningOf = (day: string, hour = 8.5) => new Date(Date.parse(startOfLocalDay(day)) + hour * 3_600_000);
const log = createLogger('silent');

beforeAll(async () => {
  emulator = await startDingTalkEmulator();
  emulator.addOrg({
    corpId,
    corpName: '示例科技',
    ...app_,
    ...callback,
    users: [{ userId: 'zhanghaoran', name: '张浩然', departmentIds: [2] }],
  });
  app = await startTestApp();
  const tenant = await makeTenant(app, '示例科技');
  const admin = await makeUser(tenant, 'admin');
  await app.api(admin.token).post('/api/v1/platform/connections', {
    platform: 'dingtalk',
    corpId,
    ...app_,
    ...callback,
    baseUrl: emulator.baseUrl,
  });
  const signedIn = await app.api().post<Session>('/api/v1/auth/dingtalk', {
    corpId,
    code: emulator.mintAuthCode({ corpId, userId: 'zhanghaoran' }),
  });
  rep = { id: signedIn.body.user.id, name: '张浩然', role: 'sales', token: signedIn.body.token, tenant };
  customerId = await makeCustomer(rep, { name: '杭州云帆物流有限公司' });
});
afterAll(async () => {
  await app.close();
  await emulator.close();
});

const sent = () => emulator.sentMessages({ recipient: 'zhanghaoran' }).map((m) => JSON.stringify(m.content));

async function logVisit(body: Record<string, unknown>): Promise<Visit> {
  const res = await app.api(rep.token).post<Visit>('/api/v1/visits', {
    clientId: crypto.randomUUID(),
    customerId,
    kind: 'onsite',
    ...body,
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function sweep(run: typeof sweepFollowUps, now: Date): Promise<void> {
  await run({ db: app.database.db, now, log, publicUrl: app.config.publicUrl });
  await runOutbox(app);
}

describe('follow-up reminders', () => {
  it('reminds the owner once on the morning of the follow-up date, and again on a moved date', async () => {
    const visit = await logVisit({ nextStep: '寄送冷链方案报价', followUpAt: '2031-04-08' });
    const before = sent().length;
    await sweep(sweepFollowUps, morningOf('2031-04-08', 7.5));
    expect(sent()).toHaveLength(before);
    await sweep(sweepFollowUps, morningOf('2031-04-08'));
    await sweep(sweepFollowUps, morningOf('2031-04-08', 11));
    const reminders = sent().slice(before);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain('杭州云帆物流有限公司');
    expect(reminders[0]).toContain('寄送冷链方案报价');

    await app.api(rep.token).patch(`/api/v1/visits/${visit.id}`, { version: 1, followUpAt: '2031-04-10' });
    await sweep(sweepFollowUps, morningOf('2031-04-10'));
    await sweep(sweepFollowUps, morningOf('2031-04-10'));
    expect(sent().slice(before)).toHaveLength(2);
  });

  it('stays quiet once a later visit answered the follow-up', async () => {
    await logVisit({ visitedAt: '2031-06-01T02:00:00Z', followUpAt: '2031-06-05' });
    await logVisit({ visitedAt: '2031-06-03T02:00:00Z' });
    const before = sent().length;
    await sweep(sweepFollowUps, morningOf('2031-06-05'));
    expect(sent()).toHaveLength(before);
  });
});

describe('pre-visit briefs', () => {
  it('sends the last next step and the visit history on the morning of a planned visit, once', async () => {
    await logVisit({
      visitedAt: '2031-08-01T02:00:00Z',
      outcome: '同意试用三个月',
      nextStep: '带实施顾问现场调研',
    });
    const planned = await logVisit({ visitedAt: '2031-08-12T06:00:00Z', purpose: '现场调研' });
    expect(planned.status).toBe('planned');
    const before = sent().length;
    await sweep(sweepPreVisitBriefs, morningOf('2031-08-12'));
    await sweep(sweepPreVisitBriefs, morningOf('2031-08-12', 9));
    const briefs = sent().slice(before);
    expect(briefs).toHaveLength(1);
    expect(briefs[0]).toContain('14:00');
    expect(briefs[0]).toContain('带实施顾问现场调研');
    expect(briefs[0]).toContain('同意试用三个月');
  });
});
