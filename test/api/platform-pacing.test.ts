/**
 * Each person's messages are paced within their platform's quotas: over them DingTalk and WeCom answer success and
 * drop the message (the emulators record it undelivered), so a message over the limit waits instead of being lost.
 */
import { notifyPerson } from '@server/features/platform/service';
import type { Platform } from '@shared/domain/platforms';
import { type Emulators, startEmulators } from '@test/emulators';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeTenant, type TestTenant } from '@test/helpers/factories';
import { outboxWorker } from '@test/helpers/outbox';
import { connectDemoPeople, type PlatformPerson } from '@test/helpers/platform-people';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulators: Emulators;
let app: TestApp;
let tenant: TestTenant;
let people: Record<Platform, PlatformPerson>;

beforeAll(async () => {
  emulators = await startEmulators();
  app = await startTestApp();
  tenant = await makeTenant(app, '节奏测试集团');
  ({ people } = await connectDemoPeople(app, emulators, tenant));
});
afterAll(async () => {
  await app.close();
  await emulators.close();
});

async function queue(platform: Platform, count: number, title: (index: number) => string): Promise<void> {
  for (let index = 0; index < count; index++) {
    await notifyPerson(tenant.tdb, people[platform].user.id, {
      dedupeKey: `pacing-${platform}-${index}`,
      title: title(index),
      body: '客户的需求有了新进展',
      url: `${app.config.publicUrl}/requirements`,
      actions: [],
    });
  }
}

/**
 * Runs two workers (as two server instances would, each with its own platform runtime) on the emulator's clock,
 * taking turns, until nothing more is due now: the count they pace by lives in the shared database.
 */
async function deliverDue(platform: Platform): Promise<void> {
  const now = () => emulators[platform].now();
  const instances = [outboxWorker(app, { now }), outboxWorker(app, { now })];
  for (let turn = 0; ; turn++) {
    const worker = instances[turn % 2];
    if (!worker || (await worker.runOnce()) === 0) return;
  }
}

const received = (platform: Platform, marker: string) =>
  emulators[platform]
    .sentMessages({ recipient: people[platform].externalId })
    .filter((message) => JSON.stringify(message.content).includes(marker));

describe('pacing per recipient', () => {
  it('WeCom: the 31st message in a minute waits for the next minute instead of being dropped', async () => {
    await queue('wecom', 31, (index) => `企微节奏 ${index}`);
    await deliverDue('wecom');
    expect(received('wecom', '企微节奏').filter((m) => m.delivered)).toHaveLength(30);
    expect(received('wecom', '企微节奏').filter((m) => !m.delivered)).toEqual([]);

    emulators.wecom.advanceClock(61_000);
    await deliverDue('wecom');
    const all = received('wecom', '企微节奏');
    expect(all.map((m) => m.delivered)).toEqual(Array.from({ length: 31 }, () => true));
    expect(JSON.stringify(all[30]?.content)).toContain('企微节奏 30');
  });

  it('DingTalk: an identical message the same day waits for the next China day instead of being dropped', async () => {
    await queue('dingtalk', 2, () => '钉钉同样内容');
    await deliverDue('dingtalk');
    expect(received('dingtalk', '钉钉同样内容').map((m) => m.delivered)).toEqual([true]);

    emulators.dingtalk.advanceClock(24 * 3_600_000);
    await deliverDue('dingtalk');
    expect(received('dingtalk', '钉钉同样内容').map((m) => m.delivered)).toEqual([true, true]);
  });

  it('Feishu: the 6th message within a second waits for the next second instead of being refused', async () => {
    await queue('feishu', 6, (index) => `飞书节奏 ${index}`);
    const worker = outboxWorker(app, { now: () => emulators.feishu.now() });
    for (let pass = 0; pass < 6; pass++) await worker.runOnce();
    expect(received('feishu', '飞书节奏')).toHaveLength(5);
    const waiting = await tenant.tdb
      .selectFrom('outbox')
      .select(['status', 'attempts'])
      .where('dedupe_key', 'like', '%pacing-feishu-5%')
      .executeTakeFirstOrThrow();
    // Waiting for the quota is not a failed attempt.
    expect(waiting).toEqual({ status: 'pending', attempts: 0 });

    emulators.feishu.advanceClock(1_100);
    await deliverDue('feishu');
    expect(received('feishu', '飞书节奏')).toHaveLength(6);
  });
});
