/**
 * Every route, from the router's own list, with malformed ids, queries and bodies: nothing answers 500, nothing
 * hangs, and every refusal is `{ error: { code, message } }` with a code of our catalogue and that code's status.
 * The random part is seeded: a failure names the case, and the same case is sent again on the next run.
 */
import { issueSession } from '@server/core/auth/sessions';
import { AppError, type ErrorCode } from '@server/core/errors';
import { zhCN } from '@shared/i18n/zh-CN';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { type EveryObject, fillPath, makeEveryObject } from '@test/helpers/every-object';
import { type ApiRoute, apiRoutes } from '@test/helpers/routes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  malformedDates,
  malformedIds,
  malformedStatusTokens,
  malformedVersions,
  namedBodies,
  namedQueries,
  type RawBody,
  randomBody,
  randomQuery,
  seededRandom,
  wrongValue,
} from './fuzz/inputs';
import { validBodies } from './fuzz/valid-bodies';

const seed = 12;
const randomCasesPerRoute = 8;
const brokenValuesPerField = 3;
const answerWithinMs = 5_000;

interface FuzzCase {
  /** `METHOD /pattern: what was malformed`, the name a failure is reported under and KNOWN_500S match. */
  name: string;
  /** A valid body, sent as the positive control of its broken copies: validation must let it through. */
  isControl?: boolean;
  method: string;
  path: string;
  body?: RawBody;
}

/** Platforms call these and get the answers their protocols prescribe (text, `success`), not our error body. */
const platformProtocol = ['GET /api/v1/callbacks/:id', 'POST /api/v1/callbacks/:id'];

/**
 * Routes that ask the platform: the fuzz's connection points at a closed port, so their well-formed requests are
 * answered 503 PLATFORM_UNAVAILABLE (with the stable code), which is the truth, not a crash.
 */
const callsThePlatform = [
  'GET /api/v1/platform/connections/:id/directory/departments',
  'GET /api/v1/platform/connections/:id/directory/people',
];

/** Routes that change something without reading a JSON body (the fuzz still sends them every malformed one). */
const withoutJsonBody = [
  'DELETE /api/v1/api-tokens/:id',
  'DELETE /api/v1/platform/connections/:id/role-mappings/:mappingId',
  'POST /api/v1/projects/:id/status-links/:linkId/revoke',
  'POST /api/v1/requirements/:id/decisions/:decisionId/undo',
  'DELETE /api/v1/requirements/:id/follow',
  'DELETE /api/v1/templates/:id/draft',
  'DELETE /api/v1/visits/:id',
  'DELETE /api/v1/webhooks/:id',
  'POST /api/v1/webhooks/:id/deliveries/:deliveryId/resend',
  // Multipart uploads (attachments.test.ts, templates.test.ts and customer-import.test.ts send real files).
  'POST /api/v1/attachments',
  'POST /api/v1/imports/customers',
  'POST /api/v1/templates/import',
  'POST /api/v1/auth/logout',
  // Read as raw bytes for the platform's signature (platform-dingtalk.test.ts).
  'POST /api/v1/callbacks/:id',
  'POST /api/v1/customers/:id/archive',
  'POST /api/v1/customers/:id/restore',
  'POST /api/v1/platform/connections/:id/disable',
  'POST /api/v1/platform/connections/:id/enable',
  'POST /api/v1/platform/connections/:id/test',
  'POST /api/v1/projects/:id/upgrade',
  'POST /api/v1/requirements/:id/follow',
  'POST /api/v1/requirements/:id/merge/:mergeId/keep',
  'POST /api/v1/requirements/:id/merge/:mergeId/undo',
  'POST /api/v1/templates/:id/publish',
  'POST /api/v1/templates/install-standard',
];

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

let app: TestApp;
let world: EveryObject;

beforeAll(async () => {
  app = await startTestApp();
  // Connections point at a closed local port: a route that calls the platform fails fast, never leaves the machine.
  world = await makeEveryObject(app, '模糊测试', { connectionBaseUrl: 'http://127.0.0.1:1' });
});
afterAll(() => app.close());

/** Each path parameter malformed in turn, the others real; a status token also in shapes no link ever has. */
function malformedPaths(route: ApiRoute, label: string): FuzzCase[] {
  const cases = route.paramNames.flatMap((param) =>
    (param === 'version' ? malformedVersions : malformedIds).map((value) => ({
      name: `${label}: :${param}=${value}`,
      method: route.method,
      path: fillPath(route.path, world.ids, (name) => (name === param ? value : undefined)),
    })),
  );
  if (!route.paramNames.includes('token')) return cases;
  for (const token of malformedStatusTokens) {
    cases.push({
      name: `${label}: status token ${token.slice(0, 40)}`,
      method: route.method,
      path: route.path.replace(':token', token),
    });
  }
  return cases;
}

function casesFor(route: ApiRoute, routes: ApiRoute[], random: () => number): FuzzCase[] {
  const label = `${route.method} ${route.path}`;
  const path = fillPath(route.path, world.ids, (param) => (param === 'token' ? 'x' : undefined));
  const otherMethod = methods.find(
    (method) => !routes.some((r) => r.path === route.path && r.method === method),
  );
  const cases = malformedPaths(route, label);
  if (otherMethod) cases.push({ name: `${label}: sent as ${otherMethod}`, method: otherMethod, path });
  const { method } = route;
  if (method === 'GET') {
    const queries = [
      ...namedQueries,
      ...Array.from({ length: randomCasesPerRoute }, () => randomQuery(random)),
    ];
    return [
      ...cases,
      ...queries.map((query) => ({ name: `${label}?${query}`, method, path: `${path}?${query}` })),
    ];
  }
  const ids = Object.values(world.ids);
  const valid = validBodies(world)[label];
  if (valid) cases.push(...brokenFields(label, method, path, valid, random));
  const bodies = [
    ...namedBodies,
    ...Array.from({ length: randomCasesPerRoute }, (): [string, RawBody] => {
      const body = randomBody(random, ids);
      return [body.body, body];
    }),
  ];
  return [...cases, ...bodies.map(([what, body]) => ({ name: `${label}: ${what}`, method, path, body }))];
}

/** The valid body, then copies of it with one field at a time wrong (dates: every malformed date). */
function brokenFields(
  label: string,
  method: string,
  path: string,
  valid: () => Record<string, unknown>,
  random: () => number,
): FuzzCase[] {
  const ids = Object.values(world.ids);
  const asJson = (body: unknown): RawBody => ({
    body: JSON.stringify(body),
    contentType: 'application/json',
  });
  const cases: FuzzCase[] = [
    { name: `${label}: the valid body`, method, path, body: asJson(valid()), isControl: true },
  ];
  for (const [field, value] of Object.entries(valid())) {
    const isDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value);
    const wrong = isDate
      ? malformedDates
      : Array.from({ length: brokenValuesPerField }, () => wrongValue(random, ids));
    for (const value of wrong) {
      const body = asJson({ ...valid(), [field]: value });
      cases.push({ name: `${label}: ${field}=${JSON.stringify(value)}`, method, path, body });
    }
  }
  return cases;
}

/** What is wrong with the answer to one case, or null when it is a fine answer. */
async function problemWith(fuzz: FuzzCase, token: string, ownErrorBody: boolean): Promise<string | null> {
  let res: Response;
  try {
    res = await fetch(`${app.url}${fuzz.path}`, {
      method: fuzz.method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(fuzz.body ? { 'content-type': fuzz.body.contentType } : {}),
      },
      ...(fuzz.body ? { body: fuzz.body.body } : {}),
      signal: AbortSignal.timeout(answerWithinMs),
    });
    const text = await res.text();
    if (fuzz.isControl && text.includes('"VALIDATION_FAILED"')) return `the valid body was refused: ${text}`;
    if (res.status < 400) return null;
    if (!ownErrorBody) return res.status >= 500 ? `${res.status} ${text.slice(0, 80)}` : null;
    return refusalProblem(res.status, text);
  } catch (error) {
    return `no answer: ${(error as Error).message}`;
  }
}

function refusalProblem(status: number, text: string): string | null {
  let body: { error?: { code?: unknown; message?: unknown } };
  try {
    body = JSON.parse(text);
  } catch {
    return `${status} without a JSON body: ${text.slice(0, 80)}`;
  }
  const code = body.error?.code;
  if (typeof code !== 'string' || !(code in zhCN.errors))
    return `${status} without a known code: ${text.slice(0, 120)}`;
  if (typeof body.error?.message !== 'string' || !body.error.message)
    return `${status} ${code} without a message`;
  const expected = new AppError(code as ErrorCode).status;
  if (expected !== status) return `${status} with ${code}, which is ${expected}`;
  return status >= 500 ? `${status} ${code}` : null;
}

describe('malformed requests to every route', () => {
  it('has a valid body on file for every route that reads a JSON body', () => {
    const changing = apiRoutes(app).filter((route) => route.method !== 'GET');
    expect(changing.map((route) => `${route.method} ${route.path}`).sort()).toEqual(
      [...Object.keys(validBodies(world)), ...withoutJsonBody].sort(),
    );
  });

  it(`answers each with a 4xx and a stable code, never a 500 (seed ${seed})`, {
    timeout: 180_000,
  }, async () => {
    const random = seededRandom(seed);
    const routes = apiRoutes(app);
    expect(routes.length).toBeGreaterThan(80);
    const problems: string[] = [];
    let sent = 0;
    for (const route of routes) {
      // A fresh session per route: POST /auth/logout ends the one it is sent with.
      const token = await issueSession(world.tenant.tdb, {
        userId: world.people.admin.id,
        method: 'demo',
        ttlHours: 1,
      });
      const ownErrorBody = !platformProtocol.includes(`${route.method} ${route.path}`);
      const mayFindPlatformDown = callsThePlatform.includes(`${route.method} ${route.path}`);
      for (const fuzz of casesFor(route, routes, random)) {
        sent++;
        const problem = await problemWith(fuzz, token, ownErrorBody);
        if (problem && !(mayFindPlatformDown && problem === '503 PLATFORM_UNAVAILABLE')) {
          problems.push(`${fuzz.name.slice(0, 120)} → ${problem}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(2000);
    expect(problems).toEqual([]);
  });
});
