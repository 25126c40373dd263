/**
 * Every role rule, in every policy.ts and wherever else a role is checked: the wrong person is refused (403, or
 * 404 where the object must not even be known to them), and, against the same object, the right person succeeds.
 * A rule that starts saying yes to everyone turns its row red. The rows live in ./roles, one file per feature.
 */
import * as apiTokenPolicy from '@server/features/api-tokens/policy';
import * as customerPolicy from '@server/features/customers/policy';
import * as calendarPolicy from '@server/features/implementation/calendar/policy';
import * as projectPolicy from '@server/features/implementation/projects/policy';
import * as templatePolicy from '@server/features/implementation/templates/policy';
import * as insightPolicy from '@server/features/insight/policy';
import * as platformPolicy from '@server/features/platform/policy';
import * as requirementPolicy from '@server/features/requirements/policy';
import * as visitPolicy from '@server/features/visits/policy';
import * as webhookPolicy from '@server/features/webhooks/policy';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenRules } from './roles/api-tokens';
import { customerLists, customerRules } from './roles/customers';
import { implementationRules } from './roles/implementation';
import { insightRules } from './roles/insight';
import { platformRules } from './roles/platform';
import { requirementRules } from './roles/requirements';
import { visitLists, visitRules } from './roles/visits';
import { webhookRules } from './roles/webhooks';
import { get, send, setUpWorld } from './roles/world';

const roleRules = [
  ...apiTokenRules,
  ...customerRules,
  ...implementationRules,
  ...insightRules,
  ...platformRules,
  ...requirementRules,
  ...visitRules,
  ...webhookRules,
];
const listRules = [...customerLists, ...visitLists];

/** Policy exports that refuse no role, so no row can show a refusal. */
const refusesNoRole: Record<string, string> = {
  'requirements.canCapture': 'every role may capture a requirement',
  'implementation.memberRoles': 'every role may be a project member or a task assignee',
  'visits.isSameDay': 'a rule about days, not roles (visits.test.ts covers it)',
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await setUpWorld(app);
});
afterAll(() => app.close());

describe('role rules', () => {
  it('has a row for every export of every policy.ts', () => {
    const exported = Object.entries({
      'api-tokens': apiTokenPolicy,
      customers: customerPolicy,
      implementation: { ...templatePolicy, ...calendarPolicy, ...projectPolicy },
      insight: insightPolicy,
      platform: platformPolicy,
      requirements: requirementPolicy,
      visits: visitPolicy,
      webhooks: webhookPolicy,
    }).flatMap(([feature, policy]) => Object.keys(policy).map((name) => `${feature}.${name}`));
    const covered = [...roleRules, ...listRules].map((row) => row.rule);
    expect(exported.filter((name) => !covered.includes(name) && !(name in refusesNoRole))).toEqual([]);
  });

  it.each(roleRules)('$rule: $says', async ({ refused, prepare }) => {
    const { denied, allowed } = await prepare();
    const refusal = await send(denied);
    expect(refusal).toMatchObject({ status: refused, body: { error: { code: expect.any(String) } } });
    const success = await send(allowed);
    expect(success.status, JSON.stringify(success.body)).toBeGreaterThanOrEqual(200);
    expect(success.status).toBeLessThan(300);
  });

  it.each(listRules)('$rule: $says', async ({ prepare }) => {
    const { path, hiddenFrom, shownTo, shows } = await prepare();
    const hidden = await send(get(hiddenFrom, path));
    expect(hidden.status).toBe(200);
    expect(shows(hidden.body as never)).toBe(false);
    const shown = await send(get(shownTo, path));
    expect(shown.status).toBe(200);
    expect(shows(shown.body as never)).toBe(true);
  });
});
