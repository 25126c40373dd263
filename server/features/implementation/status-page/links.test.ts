import type { StatusLink, StatusLinkList } from '@shared/schemas/implementation-sharing';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser } from '@test/helpers/factories';
import { type ImplementationWorld, makeWorld, shareLink, startProject } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

describe('GET /api/v1/projects/{id}/status-links and POST …/status-links/{linkId}/revoke', () => {
  const links = (projectId: string, token?: string) =>
    app.api(token).get<StatusLinkList>(`/api/v1/projects/${projectId}/status-links`);
  const revoke = (projectId: string, linkId: string, token?: string) =>
    app.api(token).post<StatusLink>(`/api/v1/projects/${projectId}/status-links/${linkId}/revoke`);

  it('lists the links given out, newest first, without their tokens', async () => {
    const project = await startProject(app, world);
    const first = await shareLink(app, world.owner.token, project.id);
    const second = await shareLink(app, world.pm.token, project.id);
    const res = await links(project.id, world.owner.token);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: second.id,
        createdAt: expect.any(String),
        createdBy: { id: world.pm.id, name: '林晓雯' },
        expiresAt: second.expiresAt,
        revokedAt: null,
        state: 'active',
      },
      expect.objectContaining({ id: first.id, createdBy: { id: world.owner.id, name: world.owner.name } }),
    ]);
    expect(JSON.stringify(res.body)).not.toContain(first.token);
    const project_ = await app.api(world.owner.token).get<{ can: object }>(`/api/v1/projects/${project.id}`);
    expect(project_.body.can).toMatchObject({ manageLinks: true });
  });

  it('lets the owner revoke a link: the customer then sees 410 LINK_REVOKED, and revoking again changes nothing', async () => {
    const project = await startProject(app, world);
    const link = await shareLink(app, world.owner.token, project.id);
    const other = await shareLink(app, world.owner.token, project.id);
    expect((await app.api().get(`/api/v1/status/${link.token}`)).status).toBe(200);
    const res = await revoke(project.id, link.id, world.owner.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: link.id, state: 'revoked', revokedAt: expect.any(String) });
    const page = await app.api().get(`/api/v1/status/${link.token}`);
    expect(page.status).toBe(410);
    expect(page.body).toMatchObject({
      error: { code: 'LINK_REVOKED', message: expect.stringContaining('收回') },
    });
    expect((await app.api().get(`/api/v1/status/${other.token}`)).status).toBe(200);
    const again = await revoke(project.id, link.id, world.owner.token);
    expect(again.body.revokedAt).toBe(res.body.revokedAt);
    const listed = await links(project.id, world.owner.token);
    expect(listed.body.items.find((item) => item.id === link.id)?.state).toBe('revoked');
  });

  it('lets an admin list and revoke; anyone else who sees the project gets 403', async () => {
    const project = await startProject(app, world);
    const link = await shareLink(app, world.owner.token, project.id);
    expect((await links(project.id)).status).toBe(401);
    expect((await revoke(project.id, link.id)).status).toBe(401);
    for (const someone of [world.pm, world.implementer, world.outsider, world.rep]) {
      expect((await app.api(someone.token).get(`/api/v1/projects/${project.id}`)).status).toBe(200);
      expect((await links(project.id, someone.token)).status).toBe(403);
      expect((await revoke(project.id, link.id, someone.token)).status).toBe(403);
    }
    const seen = await app.api(world.pm.token).get<{ can: object }>(`/api/v1/projects/${project.id}`);
    expect(seen.body.can).toMatchObject({ share: true, manageLinks: false });
    expect((await app.api().get(`/api/v1/status/${link.token}`)).status).toBe(200);
    expect((await links(project.id, world.admin.token)).body.items).toHaveLength(1);
    expect((await revoke(project.id, link.id, world.admin.token)).status).toBe(200);
    expect((await app.api().get(`/api/v1/status/${link.token}`)).status).toBe(410);
  });

  it('answers 404 to people who may not see the project, other companies, and links of another project', async () => {
    const project = await startProject(app, world);
    const otherProject = await startProject(app, world);
    const link = await shareLink(app, world.owner.token, project.id);
    const foreignAdmin = await makeUser(await makeTenant(app), 'admin');
    expect((await links(project.id, world.owner.token)).status).toBe(200);
    expect((await links(project.id, world.otherRep.token)).status).toBe(404);
    expect((await revoke(project.id, link.id, world.otherRep.token)).status).toBe(404);
    expect((await links(project.id, foreignAdmin.token)).status).toBe(404);
    expect((await revoke(project.id, link.id, foreignAdmin.token)).status).toBe(404);
    expect((await revoke(otherProject.id, link.id, world.owner.token)).status).toBe(404);
    expect((await revoke(project.id, crypto.randomUUID(), world.owner.token)).status).toBe(404);
    expect((await app.api().get(`/api/v1/status/${link.token}`)).status).toBe(200);
  });
});
