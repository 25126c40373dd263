/**
 * A bulk decision or a sweep of merges reaches each person as ONE digest listing what changed, on each platform,
 * once the undo window has passed: an undone decision drops out of it, a single change keeps its own card, and the
 * digest is paced and tracked like any message.
 */
import { notifyPerson } from '@server/features/platform/service';
import type { Platform } from '@shared/domain/platforms';
import { undoWindowMs } from '@shared/domain/undo';
import type { PersonMessage } from '@shared/schemas/platform';
import type { MergeResult, Requirement } from '@shared/schemas/requirements';
import type { BulkStatusResponse } from '@shared/schemas/requirements-pages';
import { type Emulators, startEmulators } from '@test/emulators';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { makeCustomer, makeTenant, makeUser, type TestTenant, type TestUser } from '@test/helpers/factories';
import { linkedPage, linksIn } from '@test/helpers/message-links';
import { outboxWorker } from '@test/helpers/outbox';
import { connectDemoPeople, type PlatformPerson } from '@test/helpers/platform-people';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulators: Emulators;
let app: TestApp;
let tenant: TestTenant;
let admin: TestUser;
let pm: TestUser;
let people: Record<Platform, PlatformPerson>;
const customers = {} as Record<Platform, string>;

beforeAll(async () => {
  emulators = await startEmulators();
  app = await startTestApp();
  tenant = await makeTenant(app, '汇总消息集团');
  ({ admin, people } = await connectDemoPeople(app, emulators, tenant));
  pm = await makeUser(tenant, 'pm', '产品经理');
  for (const platform of ['dingtalk', 'feishu', 'wecom'] as const) {
    customers[platform] = await makeCustomer(people[platform].user);
  }
});
afterAll(async () => {
  await app.close();
  await emulators.close();
});

const note = '下个季度排期，先完成移动端审批流程的适配工作';

async function capture(platform: Platform, title: string): Promise<string> {
  const res = await app.api(people[platform].user.token).post<Requirement>('/api/v1/requirements', {
    clientId: uuidv7(),
    title,
    customerId: customers[platform],
    importance: 'important',
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function captureAll(platform: Platform, titles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) ids.push(await capture(platform, title));
  return ids;
}

async function mention(platform: Platform, requirementId: string): Promise<void> {
  const res = await app
    .api(people[platform].user.token)
    .post(`/api/v1/requirements/${requirementId}/mentions`, {
      clientId: uuidv7(),
      customerId: customers[platform],
      importance: 'important',
    });
  expect(res.status).toBe(201);
}

async function bulkDecide(ids: string[]): Promise<BulkStatusResponse> {
  const res = await app
    .api(pm.token)
    .post<BulkStatusResponse>('/api/v1/requirements/bulk-status', { ids, status: 'planned', note });
  expect(res.status).toBe(200);
  expect(res.body.failed).toEqual([]);
  return res.body;
}

/** Runs the outbox as the server would at `now` (epoch ms), until nothing more is due then. */
async function deliverAt(now: () => number): Promise<void> {
  const worker = outboxWorker(app, { now });
  while ((await worker.runOnce()) > 0);
}
const deliverWithinUndoWindow = () => deliverAt(() => Date.now());
const deliverAfterUndoWindow = () => deliverAt(() => Date.now() + undoWindowMs + 1000);

/** What one person got on their platform that mentions `marker`, as the text of each message. */
const received = (platform: Platform, marker: string): string[] =>
  emulators[platform]
    .sentMessages({ recipient: people[platform].externalId })
    .map((message) => JSON.stringify(message.content))
    .filter((content) => content.includes(marker));

const nextPlatform: Record<Platform, Platform> = { dingtalk: 'feishu', feishu: 'wecom', wecom: 'dingtalk' };

describe('a bulk decision', () => {
  it.each(['dingtalk', 'feishu', 'wecom'] as const)(
    '%s: reaches each rep once the undo window has passed, as one digest of their requirements',
    async (platform) => {
      const other = nextPlatform[platform];
      const marker = `批量${platform}`;
      const titles = [1, 2, 3, 4, 5].map((n) => `${marker}${n}`);
      const ids = await captureAll(platform, titles);
      for (const id of ids.slice(0, 2)) await mention(other, id);

      await bulkDecide(ids);
      await deliverWithinUndoWindow();
      expect(received(platform, marker)).toEqual([]);
      expect(received(other, marker)).toEqual([]);

      await deliverAfterUndoWindow();
      const [digest, ...more] = received(platform, marker);
      expect(more).toEqual([]);
      expect(digest).toContain('5 条需求有了决定');
      for (const title of titles) expect(digest).toContain(`「${title}」：已规划`);
      // The note, shortened to fit one line per requirement.
      expect(digest).toContain('下个季度排期');
      expect(digest).not.toContain(note);

      const [otherDigest, ...otherMore] = received(other, marker);
      expect(otherMore).toEqual([]);
      expect(otherDigest).toContain('2 条需求有了决定');
      expect(titles.filter((title) => otherDigest?.includes(`「${title}」`))).toEqual(titles.slice(0, 2));

      // Its link opens Fieldloop signed in on the rep's list of their requirements.
      const links = linksIn(JSON.parse(digest ?? 'null'));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        expect(linkedPage(link).pathname).toBe('/sign-in');
        expect(linkedPage(link).searchParams.get('next')).toBe('/requirements/mine');
      }
    },
  );

  it('shows requirement titles in the DingTalk digest as typed, never as a link', async () => {
    await bulkDecide(await captureAll('dingtalk', ['[重新登录](https://evil.cn)', '转义二']));
    await deliverAfterUndoWindow();
    const [digest] = received('dingtalk', '转义二');
    expect(digest).toContain('\\\\[重新登录\\\\]\\\\(https://evil.cn\\\\)');
    expect(digest).not.toContain('[重新登录](https://evil.cn)');
  });

  it('lists the first eight and says how many more wait in the list', async () => {
    const titles = Array.from({ length: 10 }, (_, n) => `十条汇总${n + 1}号`);
    await bulkDecide(await captureAll('dingtalk', titles));
    await deliverAfterUndoWindow();
    const [digest, ...more] = received('dingtalk', '十条汇总');
    expect(more).toEqual([]);
    expect(digest).toContain('10 条需求有了决定');
    expect(titles.filter((title) => digest?.includes(`「${title}」`))).toEqual(titles.slice(0, 8));
    expect(digest).toContain('还有 2 条，请在列表中查看');
  });

  it('leaves out a decision undone within the window, and the rest still go as one', async () => {
    const titles = [1, 2, 3, 4, 5].map((n) => `撤销汇总${n}`);
    const ids = await captureAll('dingtalk', titles);
    const decided = await bulkDecide(ids);
    const undone = decided.items[2];
    const undo = await app
      .api(pm.token)
      .post<Requirement>(`/api/v1/requirements/${undone?.id}/decisions/${undone?.undo?.id}/undo`, {});
    expect(undo.status).toBe(200);
    expect(undo.body.status).toBe('new');

    await deliverAfterUndoWindow();
    const [digest, ...more] = received('dingtalk', '撤销汇总');
    expect(more).toEqual([]);
    expect(digest).toContain('4 条需求有了决定');
    expect(titles.filter((title) => digest?.includes(`「${title}」`))).toEqual([
      titles[0],
      titles[1],
      titles[3],
      titles[4],
    ]);
  });

  it('waits for the last of the batch to come due, then sends them together', async () => {
    await bulkDecide(await captureAll('wecom', ['陆续到期1', '陆续到期2', '陆续到期3']));
    // A slow bulk decision: each requirement's undo window closes 2 s after the one before.
    const held = await tenant.tdb
      .selectFrom('outbox')
      .select(['id', 'not_before'])
      .where('ordering_key', '=', `user:${people.wecom.user.id}`)
      .where('batch_key', 'is not', null)
      .where('status', '=', 'pending')
      .orderBy('id')
      .execute();
    expect(held).toHaveLength(3);
    const firstDue = Date.parse(held[0]?.not_before ?? '');
    for (const [index, row] of held.entries()) {
      await tenant.tdb
        .updateTable('outbox')
        .set({ not_before: new Date(firstDue + index * 2000).toISOString() })
        .where('id', '=', row.id)
        .execute();
    }
    await deliverAt(() => firstDue + 1000);
    expect(received('wecom', '陆续到期')).toEqual([]);
    await deliverAt(() => firstDue + 5000);
    const [digest, ...more] = received('wecom', '陆续到期');
    expect(more).toEqual([]);
    expect(digest).toContain('3 条需求有了决定');
  });

  it('with one requirement sends today’s single card, told button included', async () => {
    const id = await capture('feishu', '单条批量');
    await bulkDecide([id]);
    await deliverAfterUndoWindow();
    const [card, ...more] = received('feishu', '单条批量');
    expect(more).toEqual([]);
    expect(card).toContain('需求进展：单条批量');
    expect(card).toContain('已告知客户');
    expect(card).not.toContain('条需求有了决定');
  });
});

describe('a sweep of merges into one requirement', () => {
  it('reaches each reporter of the merged ones once, as one digest', async () => {
    const target = await capture('dingtalk', '合并目标：审批提醒');
    const sources = [1, 2, 3].map((n) => `合并汇总${n}`);
    const ids = await captureAll('feishu', sources);
    for (const id of ids.slice(1)) await mention('wecom', id);
    const merge = (id: string) =>
      app.api(pm.token).post<MergeResult>(`/api/v1/requirements/${id}/merge`, { targetId: target });
    for (const id of ids) expect((await merge(id)).status).toBe(200);

    await deliverWithinUndoWindow();
    expect(received('feishu', '合并汇总')).toEqual([]);
    await deliverAfterUndoWindow();
    const [feishuDigest, ...feishuMore] = received('feishu', '合并汇总');
    expect(feishuMore).toEqual([]);
    expect(feishuDigest).toContain('3 条需求已合并');
    for (const title of sources) expect(feishuDigest).toContain(`「${title}」并入「合并目标：审批提醒」`);
    const [wecomDigest, ...wecomMore] = received('wecom', '合并汇总');
    expect(wecomMore).toEqual([]);
    expect(wecomDigest).toContain('2 条需求已合并');
    expect(sources.filter((title) => wecomDigest?.includes(`「${title}」`))).toEqual(sources.slice(1));
  });
});

describe('a digest', () => {
  it('waits for the recipient’s WeCom quota like any message, then goes once', async () => {
    const wecom = emulators.wecom;
    // Earlier tests' messages leave the minute; then this minute's 30 are used up.
    wecom.advanceClock(120_000);
    for (let index = 0; index < 30; index++) {
      await notifyPerson(tenant.tdb, people.wecom.user.id, {
        dedupeKey: `digest-quota-${index}`,
        title: `配额占用 ${index}`,
        body: '客户的需求有了新进展',
        url: `${app.config.publicUrl}/requirements`,
        actions: [],
      });
    }
    await deliverAt(() => wecom.now());
    expect(received('wecom', '配额占用')).toHaveLength(30);
    await bulkDecide(await captureAll('wecom', ['节奏汇总1', '节奏汇总2', '节奏汇总3']));
    wecom.advanceClock(undoWindowMs + 1000);
    await deliverAt(() => wecom.now());
    expect(received('wecom', '节奏汇总')).toEqual([]);

    wecom.advanceClock(61_000);
    await deliverAt(() => wecom.now());
    const delivered = wecom
      .sentMessages({ recipient: people.wecom.externalId })
      .filter((message) => JSON.stringify(message.content).includes('节奏汇总'));
    expect(delivered.map((message) => message.delivered)).toEqual([true]);
    expect(JSON.stringify(delivered[0]?.content)).toContain('3 条需求有了决定');
  });

  it('is tracked through DingTalk’s send result on the person’s message history', async () => {
    const ding = emulators.dingtalk;
    const { user } = people.dingtalk;
    await bulkDecide(await captureAll('dingtalk', ['送达汇总1', '送达汇总2', '送达汇总3']));
    ding.advanceClock(undoWindowMs + 1000);
    await deliverAt(() => ding.now());
    const digestIn = async () => (await historyOf(user.id)).find((item) => item.title === '3 条需求有了决定');
    expect(await digestIn()).toMatchObject({ state: 'accepted' });

    ding.advanceClock(61_000);
    await deliverAt(() => ding.now());
    expect(await digestIn()).toMatchObject({ state: 'delivered' });
    // The history lists the digest, not each decision it carried.
    expect((await historyOf(user.id)).filter((item) => item.title.includes('送达汇总'))).toEqual([]);
  });
});

async function historyOf(userId: string): Promise<PersonMessage[]> {
  const res = await app
    .api(admin.token)
    .get<{ items: PersonMessage[] }>(`/api/v1/platform/people/${userId}/messages`);
  expect(res.status).toBe(200);
  return res.body.items;
}
