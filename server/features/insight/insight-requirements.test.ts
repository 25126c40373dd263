/**
 * The PM's dashboards (demand and the loop) against figures worked out by hand from test/helpers/insight.ts. A
 * second tenant holds the same data set: were it counted, every count would double.
 */
import type { LoopInsight, RequirementInsight } from '@shared/schemas/insight';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { at, day, type InsightWorld, startInsightWorld } from '@test/helpers/insight';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: InsightWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await startInsightWorld(app, '甲方');
  await startInsightWorld(app, '乙方');
});
afterAll(() => app.close());

async function figures<T>(path: string, query = ''): Promise<T> {
  const res = await app
    .api(world.people.pm.token)
    .get<T>(`/api/v1/insight/${path}?from=${day(-9)}&to=${day(0)}${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('GET /api/v1/insight/requirements', () => {
  it('ranks the open requirements asked for in the period, maps demand and counts kinds', async () => {
    const body = await figures<RequirementInsight>('requirements');
    const { r1, r2, r3, r4 } = world.requirements.ids;
    // r5 is released; r3 counts through its mention on day −1 (the one on day −30 is outside the period).
    expect(body.top.map((row) => [row.id, row.score, row.customerCount])).toEqual([
      [r3, 90, 2],
      [r2, 80, 1],
      [r1, 50, 2],
      [r4, 10, 1],
    ]);
    expect(body.heatmap).toEqual({
      industries: ['制造业', '零售'],
      categories: ['', '报表', '接口'],
      cells: [
        // c1 asked for r1 and r5, c2 for r2: demand 6 + 4 + 3.
        { industry: '制造业', category: '报表', customers: 2, demand: 13 },
        { industry: '制造业', category: '接口', customers: 1, demand: 1 },
        { industry: '零售', category: '', customers: 1, demand: 2 },
        { industry: '零售', category: '报表', customers: 1, demand: 6 },
      ],
    });
    expect(body.kinds).toEqual([
      { kind: 'productizable', count: 2 },
      { kind: 'customization', count: 1 },
      { kind: 'integration', count: 1 },
      { kind: 'bug', count: 1 },
    ]);
  });

  it('counts only what the filtered customers asked for', async () => {
    const { r1, r3 } = world.requirements.ids;
    const high = await figures<RequirementInsight>('requirements', '&tier=high');
    expect(high.top.map((row) => row.id)).toEqual([r1]);
    expect(high.kinds.filter((row) => row.count > 0)).toEqual([
      { kind: 'productizable', count: 1 },
      { kind: 'bug', count: 1 },
    ]);
    const retail = await figures<RequirementInsight>(
      'requirements',
      `&industry=${encodeURIComponent('零售')}`,
    );
    expect(retail.heatmap.industries).toEqual(['零售']);
    expect(retail.top.map((row) => row.id)).toEqual([r3, r1]);
    const team = await figures<RequirementInsight>(
      'requirements',
      `&department=${encodeURIComponent('华南')}`,
    );
    expect(team.top.map((row) => row.id)).toEqual([r1]);
  });

  it('narrows the period to the mentions made in it', async () => {
    const res = await app
      .api(world.people.pm.token)
      .get<RequirementInsight>(`/api/v1/insight/requirements?from=${day(-3)}&to=${day(0)}`);
    const { r3, r4 } = world.requirements.ids;
    expect(res.body.top.map((row) => row.id)).toEqual([r3, r4]);
  });
});

describe('GET /api/v1/insight/loop', () => {
  it('closes the loop on r1 and r5 but not r2, whose latest decision c2 never heard of', async () => {
    const body = await figures<LoopInsight>('loop');
    const { rep1, rep2 } = world.people;
    const { r2, r3, r4 } = world.requirements.ids;
    expect(body).toMatchObject({
      period: { from: day(-9), to: day(0) },
      decided: 3,
      told: 2,
      closureRate: 0.667,
      // To decision: r1 2 days, r2 1, r5 1. To told: r1 4 days, r5 1 day and 1 hour; their median 2.52.
      medianDaysToDecision: 1,
      medianDaysToTold: 2.5,
      reps: [
        { person: { id: rep1.id, name: rep1.name }, decided: 3, told: 2, closureRate: 0.667 },
        { person: { id: rep2.id, name: rep2.name }, decided: 1, told: 1, closureRate: 1 },
      ],
    });
    expect(body.waiting).toEqual([
      {
        id: r3,
        title: '需求r3',
        status: 'new',
        firstMentionAt: at(-30),
        ageDays: 30,
        customerCount: 2,
      },
      {
        id: r4,
        title: '需求r4',
        status: 'under_review',
        firstMentionAt: at(-3),
        ageDays: 3,
        customerCount: 1,
      },
    ]);
    expect(body.overdueCommitments).toEqual([
      {
        id: world.requirements.overduePromise,
        requirementId: r2,
        requirementTitle: '需求r2',
        customerId: world.customers.c2,
        customerName: expect.stringContaining('客户'),
        dueDate: day(-1),
        promisedBy: { id: rep1.id, name: rep1.name },
      },
    ]);
  });

  it('follows the customer filter through the customers who asked', async () => {
    const mine = await figures<LoopInsight>('loop', `&ownerId=${world.people.rep2.id}`);
    expect(mine).toMatchObject({ decided: 1, told: 1, closureRate: 1, overdueCommitments: [] });
    expect(mine.waiting.map((row) => row.id)).toEqual([world.requirements.ids.r3]);
    const cocreation = await figures<LoopInsight>('loop', '&flags=coCreation');
    expect(cocreation).toMatchObject({ decided: 2, told: 2, medianDaysToDecision: 1.5 });
  });

  it('answers the same closure in the older figures of GET /requirements/stats', async () => {
    const res = await app
      .api(world.people.pm.token)
      .get(`/api/v1/requirements/stats?from=${day(-9)}&to=${day(0)}`);
    expect(res.body).toEqual({
      decidedCount: 3,
      closedLoopCount: 2,
      loopClosureRate: 0.667,
      medianHoursToDecision: 24,
    });
  });
});
