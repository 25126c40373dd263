/**
 * Two app instances on one database, each with its own session cache: a sign-out, a deactivation or a role change
 * made through one instance holds on the other from its next request, although the other had the session cached.
 */

import type { Page } from '@shared/schemas/common';
import type { Customer } from '@shared/schemas/customers';
import { startTwoInstances, type TestApp, type TwoInstances } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let instances: TwoInstances;
let first: TestApp;
let second: TestApp;
let tenant: TestTenant;
let admin: TestUser;

beforeAll(async () => {
  instances = await startTwoInstances();
  ({ first, second } = instances);
  tenant = await makeTenant(first, '云帆科技');
  admin = await makeUser(tenant, 'admin', '顾清和');
});
afterAll(() => instances.close());

/** Signs in on the second instance, so its cache holds the session before the change is made on the first. */
async function cachedOnSecond(user: TestUser): Promise<void> {
  expect((await second.api(user.token).get('/api/v1/me')).status).toBe(200);
}

describe('session changes across instances', () => {
  it('refuses a signed-out session on the other instance', async () => {
    const rep = await makeUser(tenant, 'sales', '林晓');
    await cachedOnSecond(rep);
    expect((await first.api(rep.token).post('/api/v1/auth/logout')).status).toBe(204);
    expect((await second.api(rep.token).get('/api/v1/me')).status).toBe(401);
  });

  it('refuses a deactivated person on the other instance', async () => {
    const leaver = await makeUser(tenant, 'sales', '陈默');
    await cachedOnSecond(leaver);
    expect((await first.api(admin.token).patch(`/api/v1/users/${leaver.id}`, { active: false })).status).toBe(
      200,
    );
    expect((await second.api(leaver.token).get('/api/v1/me')).status).toBe(401);
  });

  it('acts with the new role on the other instance', async () => {
    const rep = await makeUser(tenant, 'sales', '王磊');
    const othersCustomer = await makeCustomer(admin, { name: '远山物流' });
    const customerIds = async () =>
      (await second.api(rep.token).get<Page<Customer>>('/api/v1/customers?limit=50')).body.items.map(
        (c) => c.id,
      );
    expect(await customerIds()).not.toContain(othersCustomer);
    expect((await first.api(admin.token).patch(`/api/v1/users/${rep.id}`, { role: 'manager' })).status).toBe(
      200,
    );
    expect(await customerIds()).toContain(othersCustomer);
  });
});
