/**
 * DingTalk Stream mode against the emulator: a connection may take its events over a WebSocket this server opens
 * (no public callback URL). One server instance at a time holds it; its events land where HTTP callbacks land.
 */
import { createLogger } from '@server/core/log';
import { DingTalkStreamSupervisor } from '@server/features/platform/streams';
import { createPlatformRuntime } from '@server/platforms/runtime';
import type { Session } from '@shared/schemas/auth';
import type { Connection } from '@shared/schemas/platform';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const corpId = 'dingstreamcorp01';
const dingApp = { clientId: 'dingstreamclient', clientSecret: 'stream-secret', agentId: '3002002' };
const leaseMs = 1_500;

let emulator: DingTalkEmulator;
let app: TestApp;
let admin: TestUser;
let connection: Connection;
const supervisors: DingTalkStreamSupervisor[] = [];

/** One server instance's Stream supervisor; passes run when the test says, not on a timer. */
function instance(): DingTalkStreamSupervisor {
  const supervisor = new DingTalkStreamSupervisor(
    app.database.db,
    createPlatformRuntime(app.config),
    createLogger('silent'),
    { leaseMs, pollMs: 60_000 },
  );
  supervisors.push(supervisor);
  return supervisor;
}

async function until(check: () => boolean): Promise<void> {
  await expect.poll(check, { timeout: 5_000, interval: 25 }).toBe(true);
}

beforeAll(async () => {
  emulator = await startDingTalkEmulator();
  emulator.addOrg({
    corpId,
    corpName: '流式科技',
    ...dingApp,
    callbackToken: 'unusedtoken',
    callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7',
    users: [
      { userId: 'leaver', name: '离职者', departmentIds: [1] },
      { userId: 'stayer', name: '留任者', departmentIds: [1] },
    ],
  });
  app = await startTestApp();
  admin = await makeUser(await makeTenant(app, '流式科技'), 'admin');
  const created = await app.api(admin.token).post<Connection>('/api/v1/platform/connections', {
    platform: 'dingtalk',
    corpId,
    ...dingApp,
    events: 'stream',
    baseUrl: emulator.baseUrl,
  });
  expect(created.status).toBe(201);
  connection = created.body;
});
afterEach(async () => {
  for (const supervisor of supervisors.splice(0)) await supervisor.stop();
  await until(() => emulator.streamConnections(dingApp.clientId) === 0);
});
afterAll(async () => {
  await app.close();
  await emulator.close();
});

const signIn = (userId: string) =>
  app
    .api()
    .post<Session>('/api/v1/auth/dingtalk', { corpId, code: emulator.mintAuthCode({ corpId, userId }) });

describe('DingTalk Stream mode', () => {
  it('is a connection setting that needs no callback token or key; HTTP callbacks still need both', async () => {
    expect(connection).toMatchObject({ platform: 'dingtalk', events: 'stream' });
    const http = await app.api(admin.token).post('/api/v1/platform/connections', {
      platform: 'dingtalk',
      corpId: 'dinghttpcorp01',
      ...dingApp,
      clientId: 'dinghttpclient',
      baseUrl: emulator.baseUrl,
    });
    expect(http.status).toBe(400);
    expect(http.body).toMatchObject({
      error: { fields: { callbackToken: expect.any(String), callbackAesKey: expect.any(String) } },
    });
  });

  it('feeds a leaver pushed over the stream to the same handler as callbacks: deactivated, sessions ended', async () => {
    const first = instance();
    const second = instance();
    await first.runOnce();
    await second.runOnce();
    expect(first.heldConnectionIds()).toEqual([connection.id]);
    expect(second.heldConnectionIds()).toEqual([]);
    await until(() => first.connectedConnectionIds().length === 1);
    expect(emulator.streamConnections(dingApp.clientId)).toBe(1);

    const session = await signIn('leaver');
    expect((await app.api(session.body.token).get('/api/v1/me')).status).toBe(200);
    const left = {
      eventType: 'user_leave_org',
      data: { eventId: 'e-left-1', optStaffId: 'manager', timeStamp: Date.now(), userId: ['leaver'] },
    };
    const pushed = await emulator.pushStreamEvent(dingApp.clientId, left);
    expect(pushed).toMatchObject({ acknowledged: true, ack: { status: 'SUCCESS' } });
    // DingTalk re-delivers what it thinks went unacknowledged: the inbox keeps the event once.
    const again = await emulator.pushStreamEvent(dingApp.clientId, { ...left, eventId: pushed.eventId });
    expect(again).toMatchObject({ acknowledged: true, ack: { status: 'SUCCESS' } });
    const kept = await app.database.db
      .selectFrom('callback_inbox')
      .select('event_id')
      .where('connection_id', '=', connection.id)
      .where('type', '=', 'user_leave_org')
      .execute();
    expect(kept).toHaveLength(1);

    await runOutbox(app);
    expect((await app.api(session.body.token).get('/api/v1/me')).status).toBe(401);
    expect((await signIn('leaver')).status).toBe(403);
    expect((await signIn('stayer')).status).toBe(200);
  });

  it('refuses the events of a Stream connection posted to its HTTP callback URL', async () => {
    const posted = await emulator.pushCallback(
      dingApp.clientId,
      { EventType: 'user_leave_org', UserId: ['stayer'], CorpId: corpId, TimeStamp: String(Date.now()) },
      connection.callbackUrl,
    );
    expect(posted.status).toBe(401);
  });

  it('moves to another instance when the holder stops, or stops renewing its lease', async () => {
    const first = instance();
    const second = instance();
    await first.runOnce();
    await second.runOnce();
    expect(second.heldConnectionIds()).toEqual([]);

    // A holder that shuts down lets go at once.
    await first.stop();
    await second.runOnce();
    expect(second.heldConnectionIds()).toEqual([connection.id]);
    await until(() => second.connectedConnectionIds().length === 1);
    await until(() => emulator.streamConnections(dingApp.clientId) === 1);

    // A holder that stops renewing (stalled, cut off from the database) loses the connection once the lease lapses.
    const third = instance();
    await third.runOnce();
    expect(third.heldConnectionIds()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, leaseMs + 100));
    await third.runOnce();
    expect(third.heldConnectionIds()).toEqual([connection.id]);
    await second.runOnce();
    expect(second.heldConnectionIds()).toEqual([]);
    await until(() => third.connectedConnectionIds().length === 1);
    await until(() => emulator.streamConnections(dingApp.clientId) === 1);

    const changed = { eventType: 'user_modify_org', data: { userId: ['stayer'], timeStamp: Date.now() } };
    expect(await emulator.pushStreamEvent(dingApp.clientId, changed)).toMatchObject({
      acknowledged: true,
      ack: { status: 'SUCCESS' },
    });
  });
});
