import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createApp } from '@server/app';
import { developmentSecretsKey, loadConfig } from '@server/config';
import type { Contact } from '@shared/schemas/customers';
import type { ShareLink, StatusPage } from '@shared/schemas/implementation-sharing';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, startProject, taskByTitle } from '@test/helpers/implementation';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

const share = async (projectId: string, token = world.owner.token) => {
  const res = await app.api(token).post<ShareLink>(`/api/v1/projects/${projectId}/share`, {});
  if (res.status !== 200) throw new Error(`not shared: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** What the old HMAC links looked like: anyone holding the published development key could mint one. */
function signedWithDevelopmentKey(claims: unknown[]): string {
  const key = createHmac('sha256', developmentSecretsKey).update('implementation-status-page').digest();
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

/** A second server over the same database, as after a restart, with its own key and a log we can read. */
async function restartedApp(env: Record<string, string>) {
  const lines: string[] = [];
  const log = pino(
    { level: 'info' },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  );
  const config = loadConfig({ NODE_ENV: 'test', STATIC_DIR: './dist/miniapp', ...env });
  const server = createServer(createApp(config, { database: app.database, log }).callback());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log: () => lines.join(''),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('POST /api/v1/projects/{id}/share and GET /api/v1/status/{token}', () => {
  it('shares a link the owner may send; members who do not run the project may not (403)', async () => {
    const project = await startProject(app, world);
    expect((await app.api().post(`/api/v1/projects/${project.id}/share`, {})).status).toBe(401);
    expect(
      (await app.api(world.implementer.token).post(`/api/v1/projects/${project.id}/share`, {})).status,
    ).toBe(403);
    expect(
      (await app.api(world.owner.token).post(`/api/v1/projects/${project.id}/share`, { days: 0 })).status,
    ).toBe(400);
    const res = await app
      .api(world.owner.token)
      .post<ShareLink>(`/api/v1/projects/${project.id}/share`, { days: 7 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: expect.any(String),
      token: expect.stringMatching(/^st_[\w-]{43}$/),
      url: `${app.config.publicUrl}/status/${res.body.token}`,
      expiresAt: expect.any(String),
    });
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
  });

  it("shows without login that customer's phases and progress, and nothing of another customer", async () => {
    const mine = await startProject(app, world);
    const other = await startProject(app, world, { customerId: world.largeBenchmarkId });
    const link = await share(mine.id);
    const page = await app.api().get<StatusPage>(`/api/v1/status/${link.token}`);
    expect(page.status).toBe(200);
    expect(page.body.customerName).toBe('杭州鲜丰汇零售连锁有限公司');
    expect(page.body.requirements).toEqual([]);
    expect(page.body.projects.length).toBeGreaterThanOrEqual(1);
    expect(page.body.projects[0]?.phases[0]).toEqual({
      name: '需求调研',
      startDate: mine.phases[0]?.startDate,
      dueDate: mine.phases[0]?.dueDate,
      health: expect.any(String),
      progress: 0,
      doneCount: 0,
      taskCount: 3,
    });
    const text = JSON.stringify(page.body);
    expect(text).not.toContain(other.customerName);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain('guidance');
    expect(text).not.toContain(world.owner.name);
    expect(text).not.toContain(link.token);
  });

  it("names the customer's contact person: the project's partner, else their decision-maker", async () => {
    const customerId = await makeCustomer(world.rep, { segment: 'mid' });
    const contact = async (body: Record<string, unknown>) => {
      const res = await app
        .api(world.rep.token)
        .post<Contact>(`/api/v1/customers/${customerId}/contacts`, body);
      expect(res.status).toBe(201);
      return res.body;
    };
    await contact({ name: '赵一线', role: 'user' });
    await contact({ name: '王建国', title: '总经理', role: 'decision_maker' });
    const itLead = await contact({ name: '陈静', title: 'IT 经理', role: 'it' });
    const plain = await startProject(app, world, { customerId, name: '总部上线' });
    await startProject(app, world, { customerId, name: '门店推广', partnerContactIds: [itLead.id] });
    const page = await app.api().get<StatusPage>(`/api/v1/status/${(await share(plain.id)).token}`);
    const contactOf = (name: string) => page.body.projects.find((p) => p.name === name)?.contact;
    expect(contactOf('总部上线')).toEqual({ name: '王建国', title: '总经理' });
    expect(contactOf('门店推广')).toEqual({ name: '陈静', title: 'IT 经理' });
  });

  it('lists 需要您配合: open tasks of started phases the customer partners on, by projected date', async () => {
    const customerId = await makeCustomer(world.rep, { segment: 'mid' });
    const project = await startProject(app, world, { customerId });
    const interviews = taskByTitle(project, '关键用户访谈');
    await app.api(world.implementer.token).patch(`/api/v1/projects/${project.id}/tasks/${interviews.id}`, {
      done: true,
      evidence: { note: '已访谈' },
    });
    const page = await app.api().get<StatusPage>(`/api/v1/status/${(await share(project.id)).token}`);
    const [shown] = page.body.projects;
    const firstPhase = project.phases[0];
    expect(shown?.needsYou).toEqual([
      { title: '召开项目启动会', phaseName: '需求调研', dueDate: firstPhase?.dueDate },
      { title: '驻场观察一线业务', phaseName: '需求调研', dueDate: firstPhase?.dueDate },
    ]);
    expect(shown?.projectedGoLive).toBe(project.plannedEndDate);
  });

  it('answers 404 NOT_FOUND, never 500, for a forged, altered or malformed token', async () => {
    const project = await startProject(app, world);
    const link = await share(project.id);
    expect((await app.api().get(`/api/v1/status/${link.token}`)).status).toBe(200);
    const altered = `${link.token.slice(0, -1)}${link.token.endsWith('A') ? 'B' : 'A'}`;
    for (const token of [
      altered,
      `st_${'A'.repeat(43)}`,
      'garbage',
      `${link.token}.x`,
      '%E0%A4%A',
      '%00',
      'W1tdXQ.x',
      'a'.repeat(5000),
    ]) {
      const res = await app.api().get(`/api/v1/status/${token}`);
      expect([token, res.status, res.body]).toEqual([
        token,
        404,
        { error: expect.objectContaining({ code: 'NOT_FOUND' }) },
      ]);
    }
  });

  it('opens nothing with a link signed by the published development key, well-formed or not', async () => {
    const inTheFuture = Math.floor(Date.now() / 1000) + 3600;
    for (const claims of [
      [world.tenant.id, world.midCustomerId, inTheFuture],
      [1, { id: world.midCustomerId }, inTheFuture],
    ]) {
      const res = await app.api().get(`/api/v1/status/${signedWithDevelopmentKey(claims)}`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('answers 410 LINK_EXPIRED for a link past its date', async () => {
    const project = await startProject(app, world);
    const link = await share(project.id);
    await world.tenant.tdb
      .updateTable('impl_status_links')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', link.id)
      .execute();
    const res = await app.api().get(`/api/v1/status/${link.token}`);
    expect(res.status).toBe(410);
    expect(res.body).toMatchObject({ error: { code: 'LINK_EXPIRED' } });
  });

  it('keeps a link working after a restart, whatever SECRETS_KEY the new process has', async () => {
    const project = await startProject(app, world);
    const link = await share(project.id);
    const restarted = await restartedApp({
      SECRETS_KEY: Buffer.alloc(32, 'another-key').toString('base64'),
      LOG_LEVEL: 'info',
    });
    try {
      expect((await fetch(`${restarted.url}/api/v1/status/${link.token}`)).status).toBe(200);
    } finally {
      await restarted.close();
    }
  });

  it('keeps the token out of the access log', async () => {
    const project = await startProject(app, world);
    const link = await share(project.id);
    const server = await restartedApp({ LOG_LEVEL: 'info' });
    try {
      expect((await fetch(`${server.url}/api/v1/status/${link.token}`)).status).toBe(200);
      await fetch(`${server.url}/status/${link.token}`);
      await expect.poll(() => server.log()).toContain('"path":"/api/v1/status/[redacted]"');
      await expect.poll(() => server.log()).toContain('"path":"/status/[redacted]"');
      expect(server.log()).not.toContain(link.token.slice(3));
    } finally {
      await server.close();
    }
  });
});
