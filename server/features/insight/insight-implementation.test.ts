/**
 * The implementation dashboard and a customer's value loop against figures worked out by hand from
 * test/helpers/insight.ts; who may see each dashboard; bad filters. A second tenant holds the same data set.
 */
import type { CustomerLoop, ImplementationInsight } from '@shared/schemas/insight';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { at, day, type InsightWorld, startInsightWorld } from '@test/helpers/insight';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: InsightWorld;
let other: InsightWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await startInsightWorld(app, '甲方');
  other = await startInsightWorld(app, '乙方');
});
afterAll(() => app.close());

const period = () => `from=${day(-9)}&to=${day(0)}`;

async function implementation(query = ''): Promise<ImplementationInsight> {
  const res = await app
    .api(world.people.implementer.token)
    .get<ImplementationInsight>(`/api/v1/insight/implementation?${period()}${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

describe('GET /api/v1/insight/implementation', () => {
  it('counts active projects by health and phase, and lists the late and blocked tasks', async () => {
    const body = await implementation();
    // p1 overdue; p2 at risk (plan ends after go-live), p3 at risk (due tomorrow); p4 on track, p6 all done.
    expect(body.health).toEqual([
      { health: 'on-track', count: 2 },
      { health: 'at-risk', count: 2 },
      { health: 'overdue', count: 1 },
    ]);
    expect(body.phases).toEqual([
      { phase: '上线', count: 2 },
      { phase: '启动', count: 2 },
    ]);
    expect(body).toMatchObject({ overdueTasks: 1, blockedTasks: 1 });
    expect(body.lateTasks.map((task) => [task.title, task.dueDate, task.blocked])).toEqual([
      ['p1-上线-1', day(-2), false],
      ['p1-上线-2', day(8), true],
    ]);
    expect(body.lateTasks[0]).toMatchObject({
      projectId: world.projects.ids.p1,
      projectName: '项目p1',
      assignee: { id: world.people.implementer.id, name: world.people.implementer.name },
    });
  });

  it('sets each phase’s actual days against the plan, and counts goals met at acceptance', async () => {
    const body = await implementation();
    // 启动: p2 from day −15 to day −3 = 13 days (plan 10), p6 from −10 to −8 = 3 days (plan 5); p1 finished
    // on day −10, before the period. 上线 of p5: planned from −24, but 启动 ended on −20, done on −4 = 17 days.
    expect(body.phaseDurations).toEqual([
      {
        templateId: world.projects.templateId,
        templateName: '标准实施',
        phase: '上线',
        plannedDays: 10,
        projects: 1,
        medianDays: 17,
        p25Days: 17,
        p75Days: 17,
      },
      {
        templateId: world.projects.templateId,
        templateName: '标准实施',
        phase: '启动',
        plannedDays: 7.5,
        projects: 2,
        medianDays: 8,
        p25Days: 5.5,
        p75Days: 10.5,
      },
    ]);
    expect(body.goals).toEqual({ measured: 2, met: 1, metRate: 0.5 });
  });

  it('narrows to the filtered customers’ projects', async () => {
    const body = await implementation('&tier=high');
    expect(body.health).toEqual([
      { health: 'on-track', count: 0 },
      { health: 'at-risk', count: 0 },
      { health: 'overdue', count: 1 },
    ]);
    const retail = await implementation(`&industry=${encodeURIComponent('零售')}`);
    expect(retail.health.map((row) => row.count)).toEqual([1, 1, 0]);
    expect(retail.phaseDurations.map((row) => [row.phase, row.projects, row.medianDays])).toEqual([
      ['启动', 1, 13],
    ]);
  });
});

describe('GET /api/v1/insight/customers/:id', () => {
  it('shows the customer’s requirements to the telling, its projects’ goals and its latest visits', async () => {
    const res = await app
      .api(world.people.rep1.token)
      .get<CustomerLoop>(`/api/v1/insight/customers/${world.customers.c1}`);
    expect(res.status).toBe(200);
    const { r1, r5 } = world.requirements.ids;
    expect(res.body.requirements).toEqual([
      {
        id: r1,
        title: '需求r1',
        status: 'planned',
        firstMentionAt: at(-8),
        decidedAt: at(-6),
        toldAt: at(-5),
      },
      {
        id: r5,
        title: '需求r5',
        status: 'released',
        firstMentionAt: at(-2),
        decidedAt: at(-1),
        toldAt: at(-1, 1),
      },
    ]);
    expect(res.body.projects.map((p) => [p.name, p.health, p.currentPhase, p.progress])).toEqual([
      ['项目p1', 'overdue', '上线', 50],
      ['项目p5', 'on-track', null, 100],
    ]);
    expect(
      res.body.projects[1]?.goals.map((goal) => [goal.baseline, goal.target, goal.actual, goal.met]),
    ).toEqual([
      [10, 20, 25, true],
      [10, 5, 8, false],
      [null, 90, null, null],
    ]);
    expect(res.body.visits.map((visit) => visit.id)).toEqual([world.visits.v2, world.visits.v1]);
  });

  it('answers 404 for a customer the caller may not open, or of another tenant', async () => {
    const path = `/api/v1/insight/customers/${world.customers.c1}`;
    expect((await app.api(world.people.rep2.token).get(path)).status).toBe(404);
    expect((await app.api(other.people.manager.token).get(path)).status).toBe(404);
    expect((await app.api(world.people.manager.token).get(path)).status).toBe(200);
  });
});

describe('who sees which dashboard', () => {
  it.each([
    ['visits', 'pm', 'manager'],
    ['visits', 'rep1', 'admin'],
    ['requirements', 'rep1', 'pm'],
    ['loop', 'implementer', 'manager'],
    ['implementation', 'rep1', 'implementer'],
  ] as const)('%s: refuses %s (403), answers %s', async (dashboard, refused, allowed) => {
    const path = `/api/v1/insight/${dashboard}`;
    const refusal = await app.api(world.people[refused].token).get(path);
    expect(refusal.status).toBe(403);
    expect(refusal.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect((await app.api(world.people[allowed].token).get(path)).status).toBe(200);
  });

  it.each(['visits', 'requirements', 'loop', 'implementation'])(
    '%s answers 401 without a session',
    async (name) => {
      expect((await app.api().get(`/api/v1/insight/${name}`)).status).toBe(401);
    },
  );
});

describe('bad filters', () => {
  it.each([
    ['from=2026-13-45', 'from'],
    ['to=2026-02-30', 'to'],
    ['tier=gold', 'tier.0'],
    [`from=${'2026-12-02'}&to=${'2026-12-01'}`, 'to'],
    ['from=2024-01-01&to=2026-12-01', 'from'],
  ])('%s answers 400 naming %s', async (query, field) => {
    const res = await app
      .api(world.people.manager.token)
      .get<{ error: { fields: Record<string, string> } }>(`/api/v1/insight/visits?${query}`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual([field]);
  });
});
