/**
 * DingTalk accepts a work notification before delivering it, and drops some while answering success: the outbox asks
 * getsendresult what became of each message, and an admin sees it on the person's message history.
 */
import { notifyPerson } from '@server/features/platform/service';
import type { Session } from '@shared/schemas/auth';
import type { PersonMessage } from '@shared/schemas/platform';
import { demoPlatformOrgs, type Emulators, startEmulators } from '@test/emulators';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { outboxWorker } from '@test/helpers/outbox';
import { connectDemoPeople, type PlatformPerson } from '@test/helpers/platform-people';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulators: Emulators;
let app: TestApp;
let tenant: TestTenant;
let admin: TestUser;
let rep: PlatformPerson;
/** A second DingTalk person, who leaves the organisation in one test. */
let leaver: TestUser;
const { corpId } = demoPlatformOrgs.dingtalk;

beforeAll(async () => {
  emulators = await startEmulators();
  app = await startTestApp();
  tenant = await makeTenant(app, '送达测试集团');
  const connected = await connectDemoPeople(app, emulators, tenant);
  admin = connected.admin;
  rep = connected.people.dingtalk;
  const session = await app.api().post<Session>('/api/v1/auth/dingtalk', {
    corpId,
    code: emulators.dingtalk.mintAuthCode({ corpId, userId: 'dd-weixl' }),
  });
  expect(session.status).toBe(200);
  leaver = { id: session.body.user.id, token: session.body.token, name: '韦晓岚', role: 'sales', tenant };
});
afterAll(async () => {
  await app.close();
  await emulators.close();
});

const worker = () => outboxWorker(app, { now: () => emulators.dingtalk.now() });
async function deliverDue(): Promise<void> {
  const outbox = worker();
  while ((await outbox.runOnce()) > 0);
}

async function tell(userId: string, title: string): Promise<void> {
  await notifyPerson(tenant.tdb, userId, {
    dedupeKey: `delivery-${title}`,
    title,
    body: '客户的需求有了新进展',
    url: `${app.config.publicUrl}/requirements`,
    actions: [],
  });
}

async function historyOf(userId: string, title: string): Promise<PersonMessage | undefined> {
  const res = await app
    .api(admin.token)
    .get<{ items: PersonMessage[] }>(`/api/v1/platform/people/${userId}/messages`);
  expect(res.status).toBe(200);
  return res.body.items.find((item) => item.title === title);
}

describe('a person’s message history', () => {
  it('follows a DingTalk message from accepted to delivered to read', async () => {
    await tell(rep.user.id, '送达与已读');
    await deliverDue();
    expect(await historyOf(rep.user.id, '送达与已读')).toMatchObject({
      platform: 'dingtalk',
      state: 'accepted',
    });
    const [sent] = emulators.dingtalk.sentMessages({ recipient: rep.externalId });
    expect(sent?.delivered).toBe(true);

    emulators.dingtalk.advanceClock(61_000);
    await deliverDue();
    expect(await historyOf(rep.user.id, '送达与已读')).toMatchObject({ state: 'delivered', reason: null });

    emulators.dingtalk.markRead({ taskId: sent?.id ?? '', userId: rep.externalId });
    emulators.dingtalk.advanceClock(10 * 60_000);
    await deliverDue();
    expect(await historyOf(rep.user.id, '送达与已读')).toMatchObject({ state: 'read' });
  });

  it('shows a message DingTalk accepted for someone who left as refused, with the reason', async () => {
    emulators.dingtalk.removeUser({ corpId, userId: 'dd-weixl' });
    await tell(leaver.id, '已离职');
    await deliverDue();
    // DingTalk said success: only the send result tells.
    expect(await historyOf(leaver.id, '已离职')).toMatchObject({ state: 'accepted' });
    emulators.dingtalk.advanceClock(61_000);
    await deliverDue();
    expect(await historyOf(leaver.id, '已离职')).toMatchObject({ state: 'refused', reason: 'invalid_user' });
  });

  it('shows a message DingTalk dropped for its daily cap as refused with DingTalk’s reason code', async () => {
    // Another system on the same DingTalk app used up the person's 500 work notifications today: Fieldloop cannot
    // count those, DingTalk still answers success, and only the send result says what happened.
    const { clientId, clientSecret, agentId } = demoPlatformOrgs.dingtalk;
    const base = emulators.dingtalk.baseUrl;
    const token = await fetch(`${base}/v1.0/oauth2/accessToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ appKey: clientId, appSecret: clientSecret }),
    }).then(async (res) => ((await res.json()) as { accessToken: string }).accessToken);
    // DingTalk counts per China day: the other system's notifications and ours must fall on the same one, however
    // close to midnight this runs (earlier tests moved the emulator's clock on by minutes).
    const intoChinaDay = (emulators.dingtalk.now() + 8 * 3_600_000) % 86_400_000;
    if (intoChinaDay > 86_400_000 - 30 * 60_000)
      emulators.dingtalk.advanceClock(86_400_000 - intoChinaDay + 60_000);
    for (let index = 0; index < 500; index++) {
      await fetch(`${base}/topapi/message/corpconversation/asyncsend_v2?access_token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          agent_id: agentId,
          userid_list: rep.externalId,
          msg: { msgtype: 'text', text: { content: `另一个系统的通知 ${index}` } },
        }),
      });
    }
    await tell(rep.user.id, '超过每日上限');
    await deliverDue();
    expect(await historyOf(rep.user.id, '超过每日上限')).toMatchObject({ state: 'accepted' });
    emulators.dingtalk.advanceClock(61_000);
    await deliverDue();
    expect(await historyOf(rep.user.id, '超过每日上限')).toMatchObject({
      state: 'refused',
      reason: 'forbidden:143105',
    });
  });

  it('shows a message waiting for the platform’s quota as queued, with when it goes', async () => {
    await tell(rep.user.id, '同一天同样内容');
    await deliverDue();
    await notifyPerson(tenant.tdb, rep.user.id, {
      dedupeKey: 'delivery-again',
      title: '同一天同样内容',
      body: '客户的需求有了新进展',
      url: `${app.config.publicUrl}/requirements`,
      actions: [],
    });
    await deliverDue();
    const res = await app
      .api(admin.token)
      .get<{ items: PersonMessage[] }>(`/api/v1/platform/people/${rep.user.id}/messages`);
    const waiting = res.body.items.filter((item) => item.title === '同一天同样内容');
    expect(waiting.map((item) => item.state)).toEqual(['queued', 'accepted']);
    expect(Date.parse(waiting[0]?.notBefore ?? '')).toBeGreaterThan(emulators.dingtalk.now());
  });

  it('is for admins only, and only for their own tenant’s people', async () => {
    const manager = await makeUser(tenant, 'manager');
    expect((await app.api(admin.token).get(`/api/v1/platform/people/${rep.user.id}/messages`)).status).toBe(
      200,
    );
    expect((await app.api(manager.token).get(`/api/v1/platform/people/${rep.user.id}/messages`)).status).toBe(
      403,
    );
    const stranger = await makeUser(await makeTenant(app, '别家'), 'admin');
    const res = await app.api(stranger.token).get(`/api/v1/platform/people/${rep.user.id}/messages`);
    expect(res.status).toBe(404);
    expect((await app.api().get(`/api/v1/platform/people/${rep.user.id}/messages`)).status).toBe(401);
  });
});
