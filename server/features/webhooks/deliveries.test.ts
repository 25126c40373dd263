import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DecisionResult, Requirement } from '@shared/schemas/requirements';
import {
  type CreatedWebhook,
  type WebhookDelivery,
  type WebhookDeliveryList,
  type WebhookEventType,
  webhookEventBody,
} from '@shared/schemas/webhooks';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { type FakeUpstream, type SeenRequest, startFakeUpstream } from '@test/helpers/fake-upstream';
import { type ImplementationWorld, makeWorld, startProject, taskByTitle } from '@test/helpers/implementation';
import { outboxWorker, runOutbox } from '@test/helpers/outbox';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxWebhookAttempts } from './delivery';

let app: TestApp;
let world: ImplementationWorld;
let receiver: FakeUpstream;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
  receiver = await startFakeUpstream();
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

/** A hook at its own path of the receiver, answering what `answer` says (204 by default). */
async function subscribe(
  admin: TestUser,
  path: string,
  events: WebhookEventType[],
  answer: (request: SeenRequest) => number = () => 204,
): Promise<CreatedWebhook> {
  receiver.route(`POST ${path}`, (request) => ({ status: answer(request) }));
  const res = await app.api(admin.token).post<CreatedWebhook>('/api/v1/webhooks', {
    url: `${receiver.url}${path}`,
    events,
  });
  expect(res.status).toBe(201);
  return res.body;
}

const receivedAt = (path: string) => receiver.requests.filter((request) => request.path === path);

/** What a receiver does with the secret it was shown: recompute the HMAC over `${t}.${raw body}`, check t is recent. */
function verifies(secret: string, request: SeenRequest): boolean {
  const header = String(request.headers['x-fieldloop-signature'] ?? '');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const [, t = '', v1 = ''] = match;
  const expected = createHmac('sha256', secret).update(`${t}.${request.body}`).digest();
  const isRecent = Math.abs(Date.now() / 1000 - Number(t)) < 300;
  return isRecent && timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}

const deliveries = async (admin: TestUser, hookId: string) =>
  (await app.api(admin.token).get<WebhookDeliveryList>(`/api/v1/webhooks/${hookId}/deliveries`)).body.items;

async function capture(title: string): Promise<Requirement> {
  const res = await app.api(world.rep.token).post<Requirement>('/api/v1/requirements', {
    clientId: uuidv7(),
    title,
    customerId: world.midCustomerId,
    importance: 'important',
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function logVisit(by: TestUser, customerId: string): Promise<string> {
  const res = await app
    .api(by.token)
    .post<{ id: string }>('/api/v1/visits', { clientId: uuidv7(), customerId, kind: 'phone' });
  expect(res.status).toBe(201);
  return res.body.id;
}

const inSixtyDays = () => new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

/** One of each event: two captures, a merge, a decision, a visit, a ticked task, a blocker, a measured goal. */
async function causeEveryEvent() {
  const kept = await capture('批量导出拜访记录');
  const duplicate = await capture('拜访记录导出');
  const pm = app.api(world.pm.token);
  expect((await pm.post(`/api/v1/requirements/${duplicate.id}/merge`, { targetId: kept.id })).status).toBe(
    200,
  );
  expect((await pm.post(`/api/v1/requirements/${kept.id}/decisions`, { status: 'planned' })).status).toBe(
    201,
  );
  const visitId = await logVisit(world.rep, world.midCustomerId);
  const project = await startProject(app, world, {
    startDate: inSixtyDays(),
    goals: [{ metric: '需求响应时长', baseline: 14, target: 5, unit: '天' }],
  });
  const owner = app.api(world.owner.token);
  const tasks = `/api/v1/projects/${project.id}/tasks`;
  const ticked = taskByTitle(project, '完成组织、角色与字段配置');
  expect((await owner.patch(`${tasks}/${ticked.id}`, { done: true })).status).toBe(200);
  const blocked = taskByTitle(project, '关键用户访谈');
  expect((await owner.patch(`${tasks}/${blocked.id}`, { blocker: '客户IT未开通权限' })).status).toBe(200);
  const goal = project.goals[0];
  expect(
    (await owner.patch(`/api/v1/projects/${project.id}`, { goals: [{ ...goal, actual: 4 }] })).status,
  ).toBe(200);
  return { kept, duplicate, visitId, project, ticked, goal };
}

describe('webhook deliveries', () => {
  it('delivers each of the seven events once, signed with the hook’s secret, as { id, event, createdAt, data }', async () => {
    const hook = await subscribe(world.admin, '/every', [
      'requirement.created',
      'requirement.merged',
      'requirement.decided',
      'visit.created',
      'task.done',
      'project.health_changed',
      'goal.measured',
    ]);
    const caused = await causeEveryEvent();
    await runOutbox(app);
    const received = receivedAt('/every');
    expect(received.every((request) => verifies(hook.secret, request))).toBe(true);
    expect(received.some((request) => verifies('whsec_someone-else', request))).toBe(false);
    const bodies = received.map((request) => webhookEventBody.parse(request.json()));
    const byEvent = new Map(bodies.map((body) => [body.event, body.data]));
    expect(bodies.map((body) => body.event).sort()).toEqual([
      'goal.measured',
      'project.health_changed',
      'requirement.created',
      'requirement.created',
      'requirement.decided',
      'requirement.merged',
      'task.done',
      'visit.created',
    ]);
    expect(byEvent.get('requirement.merged')).toMatchObject({
      requirementId: caused.duplicate.id,
      intoRequirementId: caused.kept.id,
    });
    expect(byEvent.get('requirement.decided')).toMatchObject({
      requirementId: caused.kept.id,
      status: 'planned',
    });
    expect(byEvent.get('visit.created')).toMatchObject({ visitId: caused.visitId, kind: 'phone' });
    expect(byEvent.get('task.done')).toMatchObject({
      projectId: caused.project.id,
      taskId: caused.ticked.id,
    });
    expect(byEvent.get('project.health_changed')).toMatchObject({ from: 'on-track', to: 'at-risk' });
    expect(byEvent.get('goal.measured')).toMatchObject({ goalId: caused.goal?.id, actual: 4, met: true });
    expect(received[0]?.headers['content-type']).toBe('application/json');
    const log = await deliveries(world.admin, hook.id);
    expect(log.map((delivery) => [delivery.status, delivery.httpStatus, delivery.attempts])).toEqual(
      new Array(8).fill(['delivered', 204, 1]),
    );
  });

  it('sends only the events a hook subscribed to', async () => {
    await subscribe(world.admin, '/visits-only', ['visit.created']);
    await capture('只订阅拜访的钩子不该收到');
    const visitId = await logVisit(world.rep, world.midCustomerId);
    await runOutbox(app);
    expect(receivedAt('/visits-only').map((request) => (request.json() as { data: unknown }).data)).toEqual([
      expect.objectContaining({ visitId }),
    ]);
  });

  it('re-sends a delivery as a new one carrying the same event id and body, signed anew', async () => {
    const hook = await subscribe(world.admin, '/resend', ['visit.created']);
    await logVisit(world.rep, world.midCustomerId);
    await runOutbox(app);
    const [first] = await deliveries(world.admin, hook.id);
    const resent = await app
      .api(world.admin.token)
      .post<WebhookDelivery>(`/api/v1/webhooks/${hook.id}/deliveries/${first?.id}/resend`, {});
    expect(resent.status).toBe(201);
    expect(resent.body).toMatchObject({ eventId: first?.eventId, status: 'pending', resendOf: first?.id });
    await runOutbox(app);
    const [original, again] = receivedAt('/resend');
    expect(again?.body).toBe(original?.body);
    expect(again?.json()).toMatchObject({ id: first?.eventId });
    expect(again && verifies(hook.secret, again)).toBe(true);
    const log = await deliveries(world.admin, hook.id);
    expect(log.map((delivery) => [delivery.id, delivery.status])).toEqual([
      [resent.body.id, 'delivered'],
      [first?.id, 'delivered'],
    ]);
  });

  it('retries a failing receiver with growing delays, logging each attempt, and fails for good at the limit', async () => {
    let calls = 0;
    const flaky = await subscribe(world.admin, '/flaky', ['visit.created'], () => (++calls <= 2 ? 500 : 200));
    const down = await subscribe(world.admin, '/down', ['visit.created'], () => 500);
    await logVisit(world.rep, world.midCustomerId);
    let clock = Date.now();
    const worker = outboxWorker(app, { now: () => clock });
    await worker.runOnce();
    const [afterOne] = await deliveries(world.admin, down.id);
    expect(afterOne).toMatchObject({
      status: 'pending',
      attempts: 1,
      httpStatus: 500,
      lastError: 'HTTP 500',
    });
    expect(afterOne?.lastAttemptAt).toEqual(expect.any(String));
    for (let pass = 0; pass < maxWebhookAttempts + 2; pass++) {
      clock += 3 * 3_600_000;
      await worker.runOnce();
    }
    expect(await deliveries(world.admin, flaky.id)).toMatchObject([
      { status: 'delivered', attempts: 3, httpStatus: 200, lastError: null },
    ]);
    expect(await deliveries(world.admin, down.id)).toMatchObject([
      {
        status: 'failed',
        attempts: maxWebhookAttempts,
        httpStatus: 500,
        lastError: 'HTTP 500',
        deliveredAt: null,
      },
    ]);
    expect(receivedAt('/down')).toHaveLength(maxWebhookAttempts);
    const eventIds = new Set(receivedAt('/down').map((request) => request.headers['x-fieldloop-event-id']));
    expect(eventIds.size).toBe(1);
  });

  it('does not follow a receiver that redirects: the delivery is not delivered and the redirect target hears nothing', async () => {
    const hook = await subscribe(world.admin, '/moved', ['visit.created']);
    receiver.route('POST /moved', { status: 302, location: `${receiver.url}/elsewhere` });
    receiver.route('POST /elsewhere', { status: 204 });
    await logVisit(world.rep, world.midCustomerId);
    await runOutbox(app);
    expect(receivedAt('/moved')).toHaveLength(1);
    expect(receivedAt('/elsewhere')).toHaveLength(0);
    expect(await deliveries(world.admin, hook.id)).toMatchObject([
      { status: 'pending', httpStatus: 302, lastError: 'HTTP 302' },
    ]);
  });

  it('sends nothing more to a deleted hook, queued deliveries included', async () => {
    const hook = await subscribe(world.admin, '/deleted', ['visit.created']);
    await logVisit(world.rep, world.midCustomerId);
    const removed = await app.api(world.admin.token).raw(`/api/v1/webhooks/${hook.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    await logVisit(world.rep, world.midCustomerId);
    await runOutbox(app);
    expect(receivedAt('/deleted')).toEqual([]);
  });

  it('sends nothing to a disabled hook until it is enabled again', async () => {
    const hook = await subscribe(world.admin, '/paused', ['visit.created']);
    const admin = app.api(world.admin.token);
    expect((await admin.patch(`/api/v1/webhooks/${hook.id}`, { enabled: false })).status).toBe(200);
    await logVisit(world.rep, world.midCustomerId);
    await runOutbox(app);
    expect(receivedAt('/paused')).toEqual([]);
    expect((await admin.patch(`/api/v1/webhooks/${hook.id}`, { enabled: true })).status).toBe(200);
    await logVisit(world.rep, world.midCustomerId);
    await runOutbox(app);
    expect(receivedAt('/paused')).toHaveLength(1);
  });

  it('never sends another company’s events to this company’s hook', async () => {
    await subscribe(world.admin, '/ours', ['visit.created', 'requirement.created']);
    const theirAdmin = await makeUser(await makeTenant(app, '别家公司'), 'admin');
    const theirRep = await makeUser(theirAdmin.tenant, 'sales');
    const theirCustomer = await makeCustomer(theirRep, { name: '别家的客户' });
    await logVisit(theirRep, theirCustomer);
    await runOutbox(app);
    expect(receivedAt('/ours')).toEqual([]);
  });

  it('never sends a decision taken back within its undo window, and leaves it out of the log', async () => {
    const hook = await subscribe(world.admin, '/undone', ['requirement.decided']);
    const requirement = await capture('撤回的决定不该外发');
    const pm = app.api(world.pm.token);
    const decided = await pm.post<DecisionResult>(`/api/v1/requirements/${requirement.id}/decisions`, {
      status: 'declined',
      note: '与产品方向不符',
    });
    expect(decided.status).toBe(201);
    expect(await deliveries(world.admin, hook.id)).toMatchObject([{ status: 'pending', attempts: 0 }]);
    const undo = await pm.post(
      `/api/v1/requirements/${requirement.id}/decisions/${decided.body.undo?.id}/undo`,
      {},
    );
    expect(undo.status).toBe(200);
    await runOutbox(app);
    expect(receivedAt('/undone')).toEqual([]);
    expect(await deliveries(world.admin, hook.id)).toEqual([]);
  });
});
