import type { ShareLink, StatusPage } from '@shared/schemas/implementation';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signStatusToken } from './status-page';
import { type ImplementationWorld, makeWorld, startProject } from './test-fixtures';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

describe('POST /api/v1/projects/{id}/share and GET /api/v1/status/{token}', () => {
  it('shares a signed link the owner may send; members who do not run the project may not (403)', async () => {
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
    expect(res.body.url).toBe(`${app.config.publicUrl}/status/${res.body.token}`);
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
  });

  it("shows without login that customer's phases and progress, and nothing of another customer", async () => {
    const mine = await startProject(app, world);
    const other = await startProject(app, world, { customerId: world.largeBenchmarkId });
    const link = await app.api(world.owner.token).post<ShareLink>(`/api/v1/projects/${mine.id}/share`, {});
    const page = await app.api().get<StatusPage>(`/api/v1/status/${link.body.token}`);
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
  });

  it('answers 404 for a forged, altered or expired token', async () => {
    const project = await startProject(app, world);
    const link = await app.api(world.owner.token).post<ShareLink>(`/api/v1/projects/${project.id}/share`, {});
    const [payload] = link.body.token.split('.');
    expect((await app.api().get(`/api/v1/status/${payload}.forged`)).status).toBe(404);
    const otherCustomer = Buffer.from(
      JSON.stringify([world.tenant.id, world.largeBenchmarkId, Math.floor(Date.now() / 1000) + 3600]),
    ).toString('base64url');
    const [, signature] = link.body.token.split('.');
    expect((await app.api().get(`/api/v1/status/${otherCustomer}.${signature}`)).status).toBe(404);
    const expired = signStatusToken(app.config.secretsKey, {
      tenantId: world.tenant.id,
      customerId: world.midCustomerId,
      expires: Math.floor(Date.now() / 1000) - 1,
    });
    expect((await app.api().get(`/api/v1/status/${expired}`)).status).toBe(404);
    expect((await app.api().get('/api/v1/status/garbage')).status).toBe(404);
  });
});
