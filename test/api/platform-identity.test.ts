/**
 * One person, one Fieldloop user: concurrent first sign-ins over two app instances on one database, and identities
 * that belong to the organisation (connection) they came from, so each person is reached through their own org.
 */

import type { Session } from '@shared/schemas/auth';
import type { Connection } from '@shared/schemas/platform';
import type { Requirement } from '@shared/schemas/requirements';
import { type DingTalkEmulator, startDingTalkEmulator } from '@test/emulators/dingtalk';
import { startTwoInstances, type TestApp, type TwoInstances } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const callback = { callbackToken: 'mryue', callbackAesKey: 'Yue0EfdN5900c1ce5cf6A152c63DDe1808a60c5ecd7' };
const group = {
  corpId: 'dinggroupcorp',
  clientId: 'dinggroupapp',
  clientSecret: 'group-secret',
  agentId: '3002001',
};
const subsidiary = {
  corpId: 'dingsubcorp',
  clientId: 'dingsubapp',
  clientSecret: 'sub-secret',
  agentId: '3002002',
};

let emulator: DingTalkEmulator;
let both: TwoInstances;
let instances: TestApp[];
let tenant: TestTenant;
let admin: TestUser;

async function connect(org: typeof group): Promise<Connection> {
  const created = await instances[0]?.api(admin.token).post<Connection>('/api/v1/platform/connections', {
    platform: 'dingtalk',
    ...org,
    ...callback,
    baseUrl: emulator.baseUrl,
  });
  if (created?.status !== 201) throw new Error(`connecting ${org.corpId} answered ${created?.status}`);
  return created.body;
}

const signIn = (instance: TestApp, corpId: string, userId: string) =>
  instance
    .api()
    .post<Session>('/api/v1/auth/dingtalk', { corpId, code: emulator.mintAuthCode({ corpId, userId }) });

beforeAll(async () => {
  emulator = await startDingTalkEmulator();
  // DingTalk userids are unique only inside one organisation: both orgs have a "manager01", two different people.
  emulator.addOrg({
    ...group,
    corpName: '远航集团',
    ...callback,
    users: [
      { userId: 'manager01', name: '周建国', departmentIds: [1] },
      { userId: 'crowd', name: '吴晓峰', departmentIds: [1] },
    ],
  });
  emulator.addOrg({
    ...subsidiary,
    corpName: '远航软件',
    ...callback,
    users: [{ userId: 'manager01', name: '郑雨欣', departmentIds: [1] }],
  });
  both = await startTwoInstances();
  instances = [both.first, both.second];
  const { first } = both;
  tenant = await makeTenant(first, '远航集团');
  admin = await makeUser(tenant, 'admin', '顾清和');
  await connect(group);
  await connect(subsidiary);
});
afterAll(async () => {
  await both.close();
  await emulator.close();
});

describe('first sign-in under concurrency', () => {
  it('makes exactly one person of 20 concurrent first sign-ins spread over two instances', async () => {
    const attempts = Array.from({ length: 20 }, (_, n) => instances[n % 2] as TestApp);
    const sessions = await Promise.all(attempts.map((instance) => signIn(instance, group.corpId, 'crowd')));
    expect(sessions.map((res) => res.status)).toEqual(Array(20).fill(200));
    const ids = new Set(sessions.map((res) => res.body.user.id));
    expect(ids.size).toBe(1);
    const people = await tenant.tdb.selectFrom('users').select('id').where('name', '=', '吴晓峰').execute();
    expect(people).toHaveLength(1);
    const identities = await tenant.tdb
      .selectFrom('user_identities')
      .select('user_id')
      .where('external_id', '=', 'crowd')
      .execute();
    expect(identities).toEqual([{ user_id: people[0]?.id }]);
    for (const [n, res] of sessions.entries()) {
      const me = await (instances[(n + 1) % 2] as TestApp)
        .api(res.body.token)
        .get<{ id: string }>('/api/v1/me');
      expect(me.body.id).toBe(people[0]?.id);
    }
  });
});

describe('an identity belongs to the organisation it came from', () => {
  it('keeps two people apart who share a userid in two organisations of one company', async () => {
    const [first, second] = instances as [TestApp, TestApp];
    const fromGroup = await signIn(first, group.corpId, 'manager01');
    const fromSubsidiary = await signIn(second, subsidiary.corpId, 'manager01');
    expect(fromGroup.body.user).toMatchObject({ name: '周建国' });
    expect(fromSubsidiary.body.user).toMatchObject({ name: '郑雨欣' });
    expect(fromSubsidiary.body.user.id).not.toBe(fromGroup.body.user.id);
    const again = await signIn(second, group.corpId, 'manager01');
    expect(again.body.user.id).toBe(fromGroup.body.user.id);
  });

  it('sends a decision to each reporter through their own organisation’s app', async () => {
    const [first] = instances as [TestApp];
    const groupRep = await signIn(first, group.corpId, 'manager01');
    const subsidiaryRep = await signIn(first, subsidiary.corpId, 'manager01');
    const rep = (session: Session): TestUser => ({
      id: session.user.id,
      name: session.user.name,
      role: 'sales',
      token: session.token,
      tenant,
    });
    const pm = await makeUser(tenant, 'pm', '陈思远');
    const customerOfGroup = await makeCustomer(rep(groupRep.body), { name: '宁波港务' });
    const customerOfSubsidiary = await makeCustomer(rep(subsidiaryRep.body), { name: '舟山渔业' });
    const captured = await first.api(groupRep.body.token).post<Requirement>('/api/v1/requirements', {
      clientId: uuidv7(),
      title: '船期变更自动提醒',
      customerId: customerOfGroup,
      quote: '船期一变就要通知我们',
      importance: 'important',
    });
    expect(captured.status).toBe(201);
    const mentioned = await first
      .api(subsidiaryRep.body.token)
      .post(`/api/v1/requirements/${captured.body.id}/mentions`, {
        clientId: uuidv7(),
        customerId: customerOfSubsidiary,
        importance: 'blocker',
      });
    expect(mentioned.status).toBeLessThan(300);
    emulator.reset();
    const decided = await first.api(pm.token).post(`/api/v1/requirements/${captured.body.id}/decisions`, {
      status: 'planned',
      note: '下个版本上线',
    });
    expect(decided.status).toBe(201);
    await runOutbox(first);
    const received = emulator
      .sentMessages({ recipient: 'manager01' })
      .map((message) => ({ app: message.appKey, delivered: message.delivered }));
    expect(received).toEqual(
      expect.arrayContaining([
        { app: group.clientId, delivered: true },
        { app: subsidiary.clientId, delivered: true },
      ]),
    );
    expect(received).toHaveLength(2);
  });
});
