/** Every requirements route: no token → 401; a rep on the PM's and admin's routes → 403. */
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let rep: TestUser;
const id = uuidv7();

const routes: [method: string, path: string, body?: unknown][] = [
  ['GET', '/api/v1/requirements'],
  ['POST', '/api/v1/requirements', {}],
  ['GET', '/api/v1/requirements/similar?q=x'],
  ['GET', '/api/v1/requirements/mine'],
  ['GET', '/api/v1/requirements/stats'],
  ['GET', '/api/v1/requirements/export'],
  ['GET', '/api/v1/requirements/settings/weights'],
  ['PUT', '/api/v1/requirements/settings/weights', {}],
  ['GET', '/api/v1/requirements/commitments'],
  ['POST', '/api/v1/requirements/bulk-status', { ids: [id], status: 'planned' }],
  ['GET', `/api/v1/requirements/${id}`],
  ['PATCH', `/api/v1/requirements/${id}`, {}],
  ['POST', `/api/v1/requirements/${id}/mentions`, {}],
  ['POST', `/api/v1/requirements/${id}/merge`, { targetId: id }],
  ['POST', `/api/v1/requirements/${id}/merge/${id}/contest`, {}],
  ['POST', `/api/v1/requirements/${id}/merge/${id}/keep`],
  ['POST', `/api/v1/requirements/${id}/merge/${id}/undo`],
  ['POST', `/api/v1/requirements/${id}/decisions`, { status: 'planned' }],
  ['POST', `/api/v1/requirements/${id}/told`, { customerId: id }],
  ['POST', `/api/v1/requirements/${id}/follow`],
  ['DELETE', `/api/v1/requirements/${id}/follow`],
  ['POST', `/api/v1/requirements/${id}/commitments`, {}],
];

/** Routes only PMs/admins (or managers) may use; a rep is refused before anything is looked up. */
const notForReps = [
  'GET /api/v1/requirements/stats',
  'GET /api/v1/requirements/export',
  'GET /api/v1/requirements/settings/weights',
  'PUT /api/v1/requirements/settings/weights',
  'GET /api/v1/requirements/commitments',
  'POST /api/v1/requirements/bulk-status',
  `POST /api/v1/requirements/${id}/merge`,
  `POST /api/v1/requirements/${id}/decisions`,
];

beforeAll(async () => {
  app = await startTestApp();
  rep = await makeUser(await makeTenant(app), 'sales');
});
afterAll(() => app.close());

const send = (token: string | undefined, method: string, path: string, body?: unknown) =>
  app.api(token).raw(path, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe('requirements routes', () => {
  it.each(routes)('%s %s answers 401 without a token', async (method, path, body) => {
    expect((await send(undefined, method, path, body)).status).toBe(401);
  });

  it.each(routes.filter(([m, p]) => notForReps.includes(`${m} ${p}`)))(
    '%s %s answers 403 to a rep',
    async (method, path, body) => {
      const validWeights = {
        tier: { high: 3, general: 1.5, low: 1 },
        segment: { large: 2, mid: 1.5, smb: 1 },
        flag: { coCreation: 1.5, angel: 1.3, benchmark: 1.3 },
        importance: { 'nice-to-have': 1, important: 2, blocker: 3 },
        customerCap: 20,
      };
      const res = await send(
        rep.token,
        method as string,
        path as string,
        method === 'PUT' ? validWeights : body,
      );
      expect(res.status).toBe(403);
    },
  );
});
