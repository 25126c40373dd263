import type {
  CreatedWebhook,
  Webhook,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookList,
} from '@shared/schemas/webhooks';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let admin: TestUser;
let manager: TestUser;
let rep: TestUser;
let otherAdmin: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  const tenant = await makeTenant(app);
  admin = await makeUser(tenant, 'admin', '管理员甲');
  manager = await makeUser(tenant, 'manager');
  rep = await makeUser(tenant, 'sales');
  otherAdmin = await makeUser(await makeTenant(app), 'admin', '别家管理员');
});
afterAll(() => app.close());

type ErrorBody = { error: { code: string; fields?: Record<string, string> } };

const hookUrl = 'http://127.0.0.1:9/fieldloop';
const create = (token: string | undefined, body: unknown) =>
  app.api(token).post<CreatedWebhook & ErrorBody>('/api/v1/webhooks', body);
const list = (token?: string) => app.api(token).get<WebhookList>('/api/v1/webhooks');
const remove = (token: string | undefined, id: string) =>
  app.api(token).raw(`/api/v1/webhooks/${id}`, { method: 'DELETE' });

async function madeHook(events = ['visit.created']): Promise<CreatedWebhook> {
  const res = await create(admin.token, { url: hookUrl, events });
  expect(res.status).toBe(201);
  return res.body;
}

describe('POST /api/v1/webhooks', () => {
  it('subscribes a URL and shows its signing secret once', async () => {
    const res = await create(admin.token, { url: hookUrl, events: ['requirement.created', 'task.done'] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), secret: expect.stringMatching(/^whsec_[\w-]{32}$/) });
    expect(JSON.stringify((await list(admin.token)).body)).not.toContain(res.body.secret);
  });

  it('refuses without a sign-in, for a non-admin, and a malformed body naming the fields', async () => {
    expect((await create(undefined, { url: hookUrl, events: ['task.done'] })).status).toBe(401);
    const byManager = await create(manager.token, { url: hookUrl, events: ['task.done'] });
    expect([byManager.status, byManager.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const bad = await create(admin.token, { url: 'ftp://example.com/x', events: ['task.finished'] });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {}).sort()).toEqual(['events.0', 'url']);
    const none = await create(admin.token, { url: hookUrl, events: [] });
    expect(Object.keys(none.body.error.fields ?? {})).toEqual(['events']);
  });

  describe('outside the demo', () => {
    let live: TestApp;
    let liveAdmin: TestUser;
    beforeAll(async () => {
      live = await startTestApp({ env: { EMULATORS: '0' } });
      liveAdmin = await makeUser(await makeTenant(live), 'admin');
    });
    afterAll(() => live.close());

    it.each([
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://10.1.2.3/hook',
      'https://192.168.1.20/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'http://8.8.8.8/hook',
    ])('refuses %s (400 naming url, in the person’s language)', async (url) => {
      const res = await live
        .api(liveAdmin.token)
        .post<ErrorBody>('/api/v1/webhooks', { url, events: ['task.done'] });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toEqual({ url: '只能填写公网可访问的 https 地址' });
    });

    it('accepts an https URL on a public address', async () => {
      const res = await live
        .api(liveAdmin.token)
        .post('/api/v1/webhooks', { url: 'https://8.8.8.8/hook', events: ['task.done'] });
      expect(res.status).toBe(201);
    });
  });
});

describe('GET /api/v1/webhooks', () => {
  it('lists the company’s hooks with who made them, never a secret', async () => {
    const made = await madeHook(['visit.created', 'goal.measured']);
    const res = await list(admin.token);
    expect(res.status).toBe(200);
    expect(res.body.items.find((item) => item.id === made.id)).toEqual({
      id: made.id,
      url: hookUrl,
      events: ['visit.created', 'goal.measured'],
      enabled: true,
      createdAt: expect.any(String),
      createdById: admin.id,
      createdByName: '管理员甲',
    });
    expect(JSON.stringify(res.body)).not.toContain('whsec_');
  });

  it('refuses without a sign-in and for a non-admin; another company’s admin sees none of these', async () => {
    await madeHook();
    expect((await list()).status).toBe(401);
    expect((await list(rep.token)).status).toBe(403);
    expect((await list(otherAdmin.token)).body.items).toEqual([]);
  });
});

describe('PATCH /api/v1/webhooks/{id}', () => {
  it('changes the events and disables the hook', async () => {
    const made = await madeHook();
    const res = await app
      .api(admin.token)
      .patch<Webhook>(`/api/v1/webhooks/${made.id}`, { events: ['task.done'], enabled: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: made.id, events: ['task.done'], enabled: false });
  });

  it('refuses an empty change (400), a non-admin (403), another company’s admin (404)', async () => {
    const made = await madeHook();
    const path = `/api/v1/webhooks/${made.id}`;
    expect((await app.api(admin.token).patch(path, {})).status).toBe(400);
    expect((await app.api(undefined).patch(path, { enabled: false })).status).toBe(401);
    expect((await app.api(manager.token).patch(path, { enabled: false })).status).toBe(403);
    expect((await app.api(otherAdmin.token).patch(path, { enabled: false })).status).toBe(404);
  });
});

describe('DELETE /api/v1/webhooks/{id}', () => {
  it('deletes the hook: the list no longer shows it and its log is gone', async () => {
    const made = await madeHook();
    expect((await remove(admin.token, made.id)).status).toBe(204);
    expect((await list(admin.token)).body.items.map((item) => item.id)).not.toContain(made.id);
    expect((await app.api(admin.token).get(`/api/v1/webhooks/${made.id}/deliveries`)).status).toBe(404);
  });

  it('refuses without a sign-in, for a non-admin, and another company’s admin finds nothing', async () => {
    const made = await madeHook();
    expect((await remove(undefined, made.id)).status).toBe(401);
    expect((await remove(manager.token, made.id)).status).toBe(403);
    expect((await remove(otherAdmin.token, made.id)).status).toBe(404);
    expect((await remove(admin.token, 'not-an-id')).status).toBe(404);
    expect((await list(admin.token)).body.items.map((item) => item.id)).toContain(made.id);
  });
});

describe('the delivery log', () => {
  it('shows a queued delivery of a subscribed event, and re-sends it; others may not see or re-send', async () => {
    const made = await madeHook();
    const customerId = await makeCustomer(rep, { name: '钩子客户' });
    const visit = { clientId: uuidv7(), customerId, kind: 'phone' };
    expect((await app.api(rep.token).post('/api/v1/visits', visit)).status).toBe(201);
    const path = `/api/v1/webhooks/${made.id}/deliveries`;
    const log = await app.api(admin.token).get<WebhookDeliveryList>(path);
    expect(log.status).toBe(200);
    expect(log.body.items).toEqual([
      {
        id: expect.any(String),
        eventId: expect.any(String),
        event: 'visit.created',
        status: 'pending',
        httpStatus: null,
        attempts: 0,
        lastError: null,
        createdAt: expect.any(String),
        lastAttemptAt: null,
        deliveredAt: null,
        resendOf: null,
      },
    ]);
    const deliveryId = log.body.items[0]?.id ?? '';
    expect((await app.api().get(path)).status).toBe(401);
    expect((await app.api(manager.token).get(path)).status).toBe(403);
    expect((await app.api(otherAdmin.token).get(path)).status).toBe(404);
    const resend = `${path}/${deliveryId}/resend`;
    expect((await app.api(manager.token).post(resend, {})).status).toBe(403);
    expect((await app.api(otherAdmin.token).post(resend, {})).status).toBe(404);
    expect((await app.api(admin.token).post(`${path}/${uuidv7()}/resend`, {})).status).toBe(404);
    const again = await app.api(admin.token).post<WebhookDelivery>(resend, {});
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ eventId: log.body.items[0]?.eventId, resendOf: deliveryId });
  });
});
