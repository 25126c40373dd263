/**
 * What the document promises is what the routes answer: every GET route with a JSON answer on file is read in a
 * tenant holding one object of every kind, and its answer must satisfy the zod schema its entry documents.
 */
import type { RouteDoc, RouteKey } from '@server/core/openapi/route-docs';
import { standardTemplate } from '@server/features/implementation/templates/standard/mid-large';
import { apiDocGroups } from '@server/openapi';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { type EveryObject, fillPath, makeEveryObject } from '@test/helpers/every-object';
import { mustSucceed } from '@test/helpers/http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Reads that need more than an object id to answer 200 (a platform to call, a signed URL, a position). */
const notReadHere: Record<string, string> = {
  'GET /platform/connections/:id/directory/departments': 'asks the platform (emulator tests)',
  'GET /platform/connections/:id/directory/people': 'asks the platform (emulator tests)',
  'GET /platform/jsapi-config': 'asks the platform for a ticket (platform tests)',
  'GET /platform/sign-in-options': 'needs a platform’s corp id in the query (platform-signin.test.ts)',
  'GET /requirements/similar': 'needs a title in the query',
  'GET /visits/customer-suggestions': 'needs a position in the query',
  'GET /status/:token': 'needs a status link’s secret token (status-page.test.ts)',
};

let app: TestApp;
let world: EveryObject;

beforeAll(async () => {
  app = await startTestApp();
  world = await makeEveryObject(app, '文档核对');
  // A draft, so /templates/{id}/draft and its impact have something to answer.
  const draft = await app.api(world.people.pm.token).raw(`/api/v1/templates/${world.ids.template}/draft`, {
    method: 'PUT',
    body: JSON.stringify(standardTemplate),
  });
  mustSucceed('saving a template draft', draft);
});
afterAll(() => app.close());

const documentedReads = () =>
  apiDocGroups
    .flatMap((group) => Object.entries(group.routes) as [RouteKey, RouteDoc][])
    .filter(([key, doc]) => key.startsWith('GET ') && doc.response && !(key in notReadHere));

describe('documented answers', () => {
  it('reads every documented JSON answer but the few that need a platform or a secret', () => {
    expect(documentedReads().length).toBeGreaterThan(30);
  });

  it('match what each GET route answers', async () => {
    const { rep, admin, implementer, pm } = world.people;
    const problems: string[] = [];
    for (const [key, doc] of documentedReads()) {
      const path = `/api/v1${fillPath(key.slice(4), world.ids)}`;
      let answered = false;
      // The first role the route serves: admins manage connections, editors read drafts, reps their own.
      for (const person of [admin, pm, implementer, rep]) {
        const res = await app.api(person.token).get(path);
        if (res.status !== 200) continue;
        answered = true;
        const parsed = doc.response?.safeParse(res.body);
        if (parsed && !parsed.success) problems.push(`${key}: ${parsed.error.message.slice(0, 300)}`);
        break;
      }
      if (!answered) problems.push(`${key}: no role was answered 200`);
    }
    expect(problems).toEqual([]);
  });
});
