/** The tenant the role-rule rows run in: one person of each role (two reps, two implementers) and their helpers. */
import { installStandardTemplates } from '@server/features/implementation/templates/standard/install';
import type { Project } from '@shared/schemas/implementation';
import type { RequirementDetail } from '@shared/schemas/requirements-pages';
import type { TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestUser } from '@test/helpers/factories';
import { mustSucceed } from '@test/helpers/http';
import { uuidv7 } from 'uuidv7';

export interface Call {
  as: TestUser;
  method: string;
  path: string;
  body?: unknown;
}

/** A rule that refuses a request: the wrong person first, then the right one against the same object. */
export interface RoleRule {
  /** `<feature>.<export of its policy.ts>`, or the file that checks a role itself. */
  rule: string;
  says: string;
  /** What the refused person is answered. */
  refused: 400 | 403 | 404 | 422;
  prepare: () => Promise<{ denied: Call; allowed: Call }>;
}

/** A rule that narrows a list or a `can` flag rather than refusing a request. */
export interface ListRule {
  rule: string;
  says: string;
  prepare: () => Promise<{
    path: string;
    hiddenFrom: TestUser;
    shownTo: TestUser;
    shows: (body: never) => boolean;
  }>;
}

type Person =
  | 'admin'
  | 'manager'
  | 'pm'
  | 'otherPm'
  | 'implementer'
  | 'otherImplementer'
  | 'rep'
  | 'otherRep';

export const world = { app: undefined as unknown as TestApp, templateId: '' };
export const people = {} as Record<Person, TestUser>;

export async function setUpWorld(app: TestApp): Promise<void> {
  world.app = app;
  const tenant = await makeTenant(app);
  people.admin = await makeUser(tenant, 'admin');
  people.manager = await makeUser(tenant, 'manager');
  people.pm = await makeUser(tenant, 'pm');
  people.otherPm = await makeUser(tenant, 'pm');
  people.implementer = await makeUser(tenant, 'implementer');
  people.otherImplementer = await makeUser(tenant, 'implementer');
  people.rep = await makeUser(tenant, 'sales');
  people.otherRep = await makeUser(tenant, 'sales');
  await installStandardTemplates(tenant.tdb, null);
  const templates = await world.app.api(people.pm.token).get<{ id: string }[]>('/api/v1/templates');
  world.templateId = mustSucceed('listing templates', templates)[0]?.id ?? '';
}

/** Sends a call; the body is parsed only when it is JSON (exports answer files). */
export async function send({ as, method, path, body }: Call): Promise<{ status: number; body: unknown }> {
  // A form (an upload) goes as multipart, with the boundary fetch chooses; anything else as JSON.
  const isForm = body instanceof FormData;
  const res = await fetch(`${world.app.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${as.token}`,
      ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: isForm ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  const isJson = res.headers.get('content-type')?.includes('json') && text;
  return { status: res.status, body: isJson ? JSON.parse(text) : text };
}

export const get = (as: TestUser, path: string): Call => ({ as, method: 'GET', path });

export const repCustomer = (overrides = {}) => makeCustomer(people.rep, overrides);

export const newCustomer = (extra = {}) => ({
  name: `客户${uuidv7()}`,
  segment: 'mid',
  tier: 'general',
  ...extra,
});

export async function visitBy(owner: TestUser, customerId: string, extra: Record<string, unknown> = {}) {
  const body = { clientId: uuidv7(), customerId, kind: 'onsite', ...extra };
  const res = await world.app.api(owner.token).post<{ id: string }>('/api/v1/visits', body);
  return mustSucceed('logging a visit', res).id;
}

export async function projectFor(customerId: string): Promise<Project> {
  const res = await world.app
    .api(people.implementer.token)
    .post<Project>('/api/v1/projects', { customerId, templateId: world.templateId, startDate: '2026-11-23' });
  return mustSucceed('starting a project', res);
}

export const taskOf = (project: Project) => project.phases[0]?.tasks[0]?.id ?? '';

export async function capture(reporter: TestUser, customerId: string) {
  const body = { clientId: uuidv7(), title: `需求${uuidv7()}`, customerId, importance: 'important' };
  const res = await world.app.api(reporter.token).post<{ id: string }>('/api/v1/requirements', body);
  return mustSucceed('capturing', res).id;
}

export async function detailOf(requirementId: string): Promise<RequirementDetail> {
  const res = await world.app
    .api(people.pm.token)
    .get<RequirementDetail>(`/api/v1/requirements/${requirementId}`);
  return mustSucceed('reading a requirement', res);
}

/** A requirement the rep reported and a duplicate of it the PM merged in: [target, merge id]. */
export async function mergedPair(): Promise<[string, string]> {
  const customerId = await repCustomer();
  const target = await capture(people.rep, customerId);
  const source = await capture(people.rep, customerId);
  const merged = await world.app
    .api(people.pm.token)
    .post(`/api/v1/requirements/${source}/merge`, { targetId: target });
  mustSucceed('merging', merged);
  return [target, (await detailOf(target)).merges[0]?.id ?? ''];
}
