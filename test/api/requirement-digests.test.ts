/** A bulk decision reaches each person once: one digest listing every change to what they reported. */
import type { Platform } from '@shared/domain/platforms';
import type { BulkStatusResponse, Requirement } from '@shared/schemas/requirements';
import { type Emulators, startEmulators } from '@test/emulators';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { runOutbox } from '@test/helpers/outbox';
import { connectDemoPeople, type PlatformPerson } from '@test/helpers/platform-people';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulators: Emulators;
let app: TestApp;
let tenant: TestTenant;
let people: Record<Platform, PlatformPerson>;
let pm: TestUser;

beforeAll(async () => {
  emulators = await startEmulators();
  app = await startTestApp();
  tenant = await makeTenant(app, '摘要测试集团');
  ({ people } = await connectDemoPeople(app, emulators, tenant));
  pm = await makeUser(tenant, 'pm');
});
afterAll(async () => {
  await app.close();
  await emulators.close();
});

async function report(reporter: TestUser, title: string): Promise<string> {
  const created = await app.api(reporter.token).post<Requirement>('/api/v1/requirements', {
    clientId: uuidv7(),
    title,
    customerId: await makeCustomer(reporter),
    quote: '客户原话',
    importance: 'important',
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

const messagesTo = (platform: Platform, marker: string) =>
  emulators[platform]
    .sentMessages({ recipient: people[platform].externalId })
    .map((message) => JSON.stringify(message.content))
    .filter((content) => content.includes(marker));

describe('bulk decisions', () => {
  it('sends the rep who reported five requirements one message listing all five', async () => {
    const rep = people.dingtalk.user;
    const titles = ['批量甲', '批量乙', '批量丙', '批量丁', '批量戊'];
    const ids = [];
    for (const title of titles) ids.push(await report(rep, title));
    // Positive control: someone who reported just one of them gets the usual single message.
    ids.push(await report(people.wecom.user, '批量己'));

    const decided = await app
      .api(pm.token)
      .post<BulkStatusResponse>('/api/v1/requirements/bulk-status', { ids, status: 'planned' });
    expect(decided.status).toBe(200);
    expect(decided.body.items.map((item) => item.status)).toEqual(Array(6).fill('planned'));
    await runOutbox(app);

    const toRep = messagesTo('dingtalk', '批量');
    expect(toRep).toHaveLength(1);
    expect(toRep[0]).toContain('5 条需求有了新进展');
    for (const title of titles) expect(toRep[0]).toContain(`「${title}」：已规划`);
    expect(toRep[0]).not.toContain('批量己');

    const toOther = messagesTo('wecom', '批量');
    expect(toOther).toHaveLength(1);
    expect(toOther[0]).toContain('需求进展：批量己');
  });
});
