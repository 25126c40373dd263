/**
 * Messages through each platform's emulator: throttle answers are waited out and retried, then delivered once;
 * the links in a decision open Fieldloop inside the platform, signed in, on the requirement.
 */

import { TenantDb } from '@server/core/db';
import { notifyPerson } from '@server/features/platform/service';
import type { Platform } from '@shared/domain/platforms';
import { undoWindowMs } from '@shared/domain/undo';
import type { Session } from '@shared/schemas/auth';
import type { Requirement } from '@shared/schemas/requirements';
import { demoConnections, demoPlatformOrgs, type Emulators, startEmulators } from '@test/emulators';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { linkedPage, linksIn } from '@test/helpers/message-links';
import { outboxWorker } from '@test/helpers/outbox';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulators: Emulators;
let app: TestApp;
let tenant: TestTenant;
/** One signed-in person per platform: their Fieldloop user id and their id on the platform. */
const people = {} as Record<Platform, { userId: string; externalId: string; token: string }>;
let pm: TestUser;

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
  pm = await makeUser(tenant, 'pm');
  for (const connection of demoConnections(emulators)) {
    const created = await app.api(admin.token).post('/api/v1/platform/connections', connection);
    expect(created.status).toBe(201);
  }
  for (const platform of ['dingtalk', 'feishu', 'wecom'] as const) {
    const { path, body } = signIns[platform].sign();
    const session = await app.api().post<Session>(path, body);
    expect(session.status).toBe(200);
    people[platform] = {
      userId: session.body.user.id,
      externalId: signIns[platform].externalId,
      token: session.body.token,
    };
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

describe('a long throttle', () => {
  it.each(['dingtalk', 'feishu', 'wecom'] as const)(
    '%s: keeps waiting past the 15 attempts an outage gets, then delivers once',
    async (platform) => {
      const { userId, externalId } = people[platform];
      const title = `长时间限流 ${platform}`;
      await notifyPerson(new TenantDb(app.database.db, tenant.id), userId, {
        dedupeKey: `long-throttle-${platform}`,
        title,
        body: '客户的需求有了新进展',
        url: `${app.config.publicUrl}/requirements`,
        actions: [],
      });
      emulators[platform].failNext({ route: messageRoute[platform], times: 16, with: 'throttled' });
      let clock = Date.now();
      const worker = outboxWorker(app, { now: () => clock });
      for (let pass = 0; pass < 17; pass++) {
        await worker.runOnce();
        clock += 2 * 3_600_000;
      }
      expect(await outboxRow(`long-throttle-${platform}`)).toMatchObject({ status: 'sent', attempts: 17 });
      const delivered = emulators[platform]
        .sentMessages({ recipient: externalId })
        .filter((message) => JSON.stringify(message.content).includes(title));
      expect(delivered).toHaveLength(1);
    },
  );
});

describe('links in a decision message', () => {
  /** Each platform's reporter captures a requirement; the PM's decision then reaches all three. */
  async function decideOnReports(): Promise<Record<Platform, string>> {
    const ids = {} as Record<Platform, string>;
    for (const platform of ['dingtalk', 'feishu', 'wecom'] as const) {
      const reporter: TestUser = {
        ...people[platform],
        id: people[platform].userId,
        name: platform,
        role: 'sales',
        tenant,
      };
      const created = await app.api(reporter.token).post<Requirement>('/api/v1/requirements', {
        clientId: uuidv7(),
        title: `扫码入库 ${platform}`,
        customerId: await makeCustomer(reporter),
        quote: '客户原话',
        importance: 'important',
      });
      expect(created.status).toBe(201);
      ids[platform] = created.body.id;
      const decided = await app
        .api(pm.token)
        .post(`/api/v1/requirements/${created.body.id}/decisions`, { status: 'planned' });
      expect(decided.status).toBe(201);
    }
    // Past the decisions' undo window, when their messages are let go.
    let clock = Date.now() + undoWindowMs;
    const worker = outboxWorker(app, { now: () => clock });
    while ((await worker.runOnce()) > 0) clock += 60_000;
    return ids;
  }

  const linksTo = (platform: Platform, requirementId: string) => {
    const sent = emulators[platform]
      .sentMessages({ recipient: people[platform].externalId })
      .filter((message) => JSON.stringify(message.content).includes(`扫码入库 ${platform}`));
    expect(sent).toHaveLength(1);
    const links = linksIn(sent[0]?.content);
    expect(links.length).toBeGreaterThan(0);
    // Every link lands signed in on this requirement (the told button on its told page).
    for (const link of links) {
      expect(linkedPage(link).searchParams.get('next')).toMatch(
        new RegExp(`^/requirements/${requirementId}`),
      );
    }
    return links;
  };

  it('open Fieldloop inside each platform, on the sign-in page that names the requirement', async () => {
    const ids = await decideOnReports();
    const publicUrl = new URL(app.config.publicUrl);
    for (const link of linksTo('dingtalk', ids.dingtalk)) {
      expect(link).toMatch(
        new RegExp(
          `^dingtalk://dingtalkclient/action/openapp\\?corpid=${dingtalk.corpId}&container_type=work_platform&app_id=0_${dingtalk.agentId}&redirect_type=jump&redirect_url=`,
        ),
      );
      const page = linkedPage(link);
      expect(page.origin + page.pathname).toBe(`${publicUrl.origin}/sign-in`);
      expect(page.searchParams.get('corpid')).toBe(dingtalk.corpId);
    }
    for (const link of linksTo('feishu', ids.feishu)) {
      const url = new URL(link);
      expect(url.origin + url.pathname).toBe('https://applink.feishu.cn/client/web_app/open');
      expect(url.searchParams.get('appId')).toBe(feishu.appId);
      expect(linkedPage(link).pathname).toBe('/sign-in');
      expect(linkedPage(link).searchParams.get('app_id')).toBe(feishu.appId);
    }
    for (const link of linksTo('wecom', ids.wecom)) {
      const url = new URL(link);
      expect(url.origin + url.pathname).toBe(`${emulators.wecom.baseUrl}/connect/oauth2/authorize`);
      expect(url.hash).toBe('#wechat_redirect');
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        appid: wecom.corpId,
        response_type: 'code',
        scope: 'snsapi_base',
        agentid: String(wecom.agentId),
      });
      const page = linkedPage(link);
      expect(page.origin + page.pathname).toBe(`${publicUrl.origin}/sign-in`);
      expect(page.searchParams.get('corpId')).toBe(wecom.corpId);
      expect(page.searchParams.get('agentId')).toBe(String(wecom.agentId));
    }
  });
});
