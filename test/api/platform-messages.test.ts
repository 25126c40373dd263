/** Messages through each platform's emulator: throttle answers are waited out and retried, then delivered once. */

import { TenantDb } from '@server/core/db';
import { notifyPerson } from '@server/features/platform/notify';
import type { Platform } from '@shared/domain/platforms';
import type { Session } from '@shared/schemas/auth';
import { demoConnections, demoPlatformOrgs, type Emulators, startEmulators } from '@test/emulators';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, makeUser, type TestTenant } from '@test/helpers/factories';
import { outboxWorker } from '@test/helpers/outbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulators: Emulators;
let app: TestApp;
let tenant: TestTenant;
/** One signed-in person per platform: their Fieldloop user id and their id on the platform. */
const people = {} as Record<Platform, { userId: string; externalId: string }>;

const { dingtalk, feishu, wecom } = demoPlatformOrgs;
const signIns: Record<Platform, { externalId: string; sign: () => { path: string; body: object } }> = {
  dingtalk: {
    externalId: 'dd-zhongmy',
    sign: () => ({
      path: '/api/v1/auth/dingtalk',
      body: {
        corpId: dingtalk.corpId,
        code: emulators.dingtalk.mintAuthCode({ corpId: dingtalk.corpId, userId: 'dd-zhongmy' }),
      },
    }),
  },
  feishu: {
    externalId: 'ou_demo_leizy',
    sign: () => ({
      path: '/api/v1/auth/feishu',
      body: {
        appId: feishu.appId,
        code: emulators.feishu.mintAuthCode({ appId: feishu.appId, openId: 'ou_demo_leizy' }),
      },
    }),
  },
  wecom: {
    externalId: 'PeiZiMo',
    sign: () => ({
      path: '/api/v1/auth/wecom',
      body: {
        corpId: wecom.corpId,
        agentId: String(wecom.agentId),
        code: emulators.wecom.mintAuthCode({ corpId: wecom.corpId, userId: 'PeiZiMo' }),
      },
    }),
  },
};

beforeAll(async () => {
  emulators = await startEmulators();
  app = await startTestApp();
  tenant = await makeTenant(app, '青禾示范集团');
  const admin = await makeUser(tenant, 'admin');
  for (const connection of demoConnections(emulators)) {
    const created = await app.api(admin.token).post('/api/v1/platform/connections', connection);
    expect(created.status).toBe(201);
  }
  for (const platform of ['dingtalk', 'feishu', 'wecom'] as const) {
    const { path, body } = signIns[platform].sign();
    const session = await app.api().post<Session>(path, body);
    expect(session.status).toBe(200);
    people[platform] = { userId: session.body.user.id, externalId: signIns[platform].externalId };
  }
});
afterAll(async () => {
  await app.close();
  await emulators.close();
});

const messageRoute: Record<Platform, string> = {
  dingtalk: '/topapi/message/corpconversation/asyncsend_v2',
  feishu: '/open-apis/im/v1/messages',
  wecom: '/cgi-bin/message/send',
};

const throttles: [Platform, number][] = [
  ['dingtalk', 90001],
  ['dingtalk', 90003],
  ['dingtalk', 90004],
  ['dingtalk', 90005],
  ['dingtalk', 90006],
  ['wecom', 45009],
  ['wecom', 45033],
  ['feishu', 99991400],
  ['feishu', 230020],
];

async function outboxRow(dedupeKey: string) {
  return new TenantDb(app.database.db, tenant.id)
    .selectFrom('outbox')
    .select(['status', 'attempts', 'next_attempt_at'])
    .where('dedupe_key', 'like', `%:${dedupeKey}:%`)
    .executeTakeFirstOrThrow();
}

describe('throttle answers', () => {
  it.each(throttles)('%s %i: waits longer after each refusal, then delivers once', async (platform, code) => {
    const { userId, externalId } = people[platform];
    const title = `节流重试 ${platform} ${code}`;
    const dedupeKey = `throttle-${code}`;
    await notifyPerson(new TenantDb(app.database.db, tenant.id), userId, {
      dedupeKey,
      title,
      body: '客户的需求有了新进展',
      url: `${app.config.publicUrl}/requirements`,
      actions: [],
    });
    const emulator = emulators[platform];
    emulator.failNext({ route: messageRoute[platform], times: 3, with: 'throttled', code });
    let clock = Date.now();
    const worker = outboxWorker(app, { now: () => clock });
    const waits: number[] = [];
    for (let refusal = 0; refusal < 3; refusal++) {
      await worker.runOnce();
      const row = await outboxRow(dedupeKey);
      expect(row).toMatchObject({ status: 'pending', attempts: refusal + 1 });
      waits.push(Date.parse(row.next_attempt_at) - clock);
      clock = Date.parse(row.next_attempt_at);
    }
    await worker.runOnce();
    expect(await outboxRow(dedupeKey)).toMatchObject({ status: 'sent', attempts: 4 });
    // 1 s, 2 s, 4 s with ±20% jitter.
    expect(waits.map((wait, index) => wait >= 800 * 2 ** index && wait <= 1200 * 2 ** index)).toEqual([
      true,
      true,
      true,
    ]);
    const delivered = emulator
      .sentMessages({ recipient: externalId })
      .filter((message) => JSON.stringify(message.content).includes(title));
    expect(delivered).toHaveLength(1);
  });
});
