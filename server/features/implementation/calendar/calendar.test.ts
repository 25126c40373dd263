import { startTestApp, type TestApp } from '@test/helpers/app';
import { type ImplementationWorld, makeWorld, startProject } from '@test/helpers/implementation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: ImplementationWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeWorld(app);
});
afterAll(() => app.close());

describe('the holiday calendar', () => {
  it('skips tenant holidays when planning', async () => {
    const bad = await app.api(world.admin.token).raw('/api/v1/holidays', {
      method: 'PUT',
      body: '{"items":[{"date":"x"}]}',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    const denied = await app.api(world.pm.token).raw('/api/v1/holidays', {
      method: 'PUT',
      body: '{"items":[]}',
      headers: { 'content-type': 'application/json' },
    });
    expect(denied.status).toBe(403);
    const holidays = {
      items: [
        { date: '2027-01-04', kind: 'holiday', name: '元旦调休' },
        { date: '2027-01-05', kind: 'holiday', name: '元旦调休' },
      ],
    };
    const saved = await app.api(world.admin.token).raw('/api/v1/holidays', {
      method: 'PUT',
      body: JSON.stringify(holidays),
      headers: { 'content-type': 'application/json' },
    });
    expect(saved.status).toBe(200);
    const project = await startProject(app, world, {
      customerId: world.midCustomerId,
      startDate: '2027-01-04',
    });
    expect(project.phases[0]).toMatchObject({ startDate: '2027-01-06', dueDate: '2027-01-19' });
    await app.api(world.admin.token).raw('/api/v1/holidays', {
      method: 'PUT',
      body: '{"items":[]}',
      headers: { 'content-type': 'application/json' },
    });
  });
});
