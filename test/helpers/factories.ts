/** Builds what a test needs in its own tenant, through the same services the app uses. */
import { issueSession } from '@server/core/auth/sessions';
import { TenantDb } from '@server/core/db';
import { insertTenant } from '@server/core/db/unscoped';
import { newId, nowIso } from '@server/core/ids';
import { secretBox } from '@server/core/secrets';
import { importCustomer } from '@server/features/customers/service';
import { insertConnection } from '@server/features/platform/repo';
import { storeSettings } from '@server/features/platform/settings';
import { addPeople } from '@server/features/users/service';
import type { Platform } from '@shared/domain/platforms';
import type { Role } from '@shared/domain/roles';
import type { CustomerCreate } from '@shared/schemas/customers';
import type { TestApp } from './app';

export interface TestTenant {
  id: string;
  tdb: TenantDb;
  app: TestApp;
}

export interface TestUser {
  id: string;
  name: string;
  role: Role;
  token: string;
  tenant: TestTenant;
}

let sequence = 0;
const next = () => ++sequence;

export async function makeTenant(app: TestApp, name = `测试租户${next()}`): Promise<TestTenant> {
  const id = newId();
  await insertTenant(app.database.db, { tenantId: id, name, isDemo: false, createdAt: nowIso() });
  return { id, tdb: new TenantDb(app.database.db, id), app };
}

export async function makeUser(tenant: TestTenant, role: Role, name = `${role}${next()}`): Promise<TestUser> {
  const [id = ''] = await addPeople(tenant.tdb, [{ name, role }], nowIso());
  const token = await issueSession(tenant.tdb, { userId: id, method: 'demo', ttlHours: 1 });
  return { id, name, role, token, tenant };
}

export async function makeCustomer(
  owner: TestUser,
  overrides: Partial<CustomerCreate> = {},
): Promise<string> {
  const now = nowIso();
  return importCustomer(
    owner.tenant.tdb,
    {
      name: `客户${next()}`,
      segment: 'mid',
      tier: 'general',
      industry: '制造业',
      tags: [],
      ...overrides,
      ownerId: owner.id,
    } as Parameters<typeof importCustomer>[1],
    [],
    { createdAt: now, updatedAt: now },
  );
}

/** A DingTalk connection of the tenant (pointing nowhere unless `baseUrl` names an emulator). */
/** A platform identity for a person, through one of the tenant's connections, so messages can reach them. */
export async function makeIdentity(
  tenant: TestTenant,
  person: { userId: string; connectionId: string; platform: Platform; externalId: string },
): Promise<void> {
  await tenant.tdb
    .insertInto('user_identities', {
      id: newId(),
      user_id: person.userId,
      connection_id: person.connectionId,
      platform: person.platform,
      external_id: person.externalId,
      union_id: null,
      created_at: nowIso(),
    })
    .execute();
}

export async function makeConnection(tenant: TestTenant, baseUrl: string | null = null): Promise<string> {
  const corpId = `ding${next()}${Date.now()}`;
  const stored = storeSettings(
    {
      platform: 'dingtalk',
      corpId,
      clientId: `client-${corpId}`,
      clientSecret: 'secret',
      agentId: '1000',
      events: 'http',
      callbackToken: 'token',
      callbackAesKey: 'a'.repeat(43),
      baseUrl,
    },
    secretBox(tenant.app.config.secretsKey),
  );
  return insertConnection(tenant.tdb, stored);
}
