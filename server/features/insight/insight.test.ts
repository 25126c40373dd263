/**
 * The dashboards against figures worked out by hand from the fixed data set in test/helpers/insight.ts (offsets
 * are days from today). A second tenant holds the same data set: were it counted, every figure would double.
 */
import type { VisitInsight } from '@shared/schemas/insight';
import { startTestApp, type TestApp } from '@test/helpers/app';
import { day, type InsightWorld, startInsightWorld } from '@test/helpers/insight';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: TestApp;
let world: InsightWorld;

beforeAll(async () => {
  app = await startTestApp();
  world = await startInsightWorld(app, '甲方');
  await startInsightWorld(app, '乙方');
});
afterAll(() => app.close());

const period = () => `from=${day(-9)}&to=${day(0)}`;

async function figures<T>(path: string, query = '', as = world.people.manager.token): Promise<T> {
  const res = await app.api(as).get<T>(`/api/v1/insight/${path}?${period()}${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const visitsOf = (body: VisitInsight) => body.totals.visits;

describe('GET /api/v1/insight/visits', () => {
  it('answers coverage, totals and per-rep figures as worked out by hand', async () => {
    const body = await figures<VisitInsight>('visits');
    const { rep1, rep2 } = world.people;
    expect(body).toEqual({
      period: { from: day(-9), to: day(0) },
      coverage: { visited: 3, total: 4 },
      coverageByTier: [
        { tier: 'high', visited: 1, total: 1 },
        { tier: 'general', visited: 1, total: 2 },
        { tier: 'low', visited: 1, total: 1 },
      ],
      coverageBySegment: [
        { segment: 'smb', visited: 1, total: 2 },
        { segment: 'mid', visited: 1, total: 1 },
        { segment: 'large', visited: 1, total: 1 },
      ],
      // Scores: v1 100, v2 17 (notes half, of 60), v3 20 (fresh fix only), v4 30 (in radius, notes half), v6 0.
      totals: { visits: 5, flaggedShare: 0.333, averageEvidenceScore: 33.4, overdueFollowUps: 2 },
      reps: [
        {
          person: { id: rep1.id, name: rep1.name },
          visits: 3,
          customersVisited: 2,
          flaggedShare: 0.5,
          averageEvidenceScore: 45.7,
          overdueFollowUps: 1,
        },
        {
          person: { id: rep2.id, name: rep2.name },
          visits: 2,
          customersVisited: 2,
          flaggedShare: 0,
          averageEvidenceScore: 15,
          overdueFollowUps: 1,
        },
      ],
    });
  });

  it.each([
    ['tier=high', 3, { visited: 1, total: 1 }],
    ['segment=smb', 1, { visited: 1, total: 2 }],
    ['industry=零售', 2, { visited: 1, total: 2 }],
    ['flags=coCreation', 2, { visited: 1, total: 1 }],
    ['tier=high,low&segment=smb', 1, { visited: 1, total: 1 }],
  ])('narrows visits and coverage by the customer filter %s', async (query, visits, coverage) => {
    const body = await figures<VisitInsight>('visits', `&${encodeURI(query)}`);
    expect(visitsOf(body)).toBe(visits);
    expect(body.coverage).toEqual(coverage);
  });

  it('narrows visits to the rep’s own, and coverage to the rep’s customers', async () => {
    const body = await figures<VisitInsight>('visits', `&ownerId=${world.people.rep2.id}`);
    expect(body.totals).toMatchObject({ visits: 2, overdueFollowUps: 1 });
    expect(body.reps.map((rep) => rep.person.id)).toEqual([world.people.rep2.id]);
    expect(body.coverage).toEqual({ visited: 1, total: 1 });
  });

  it('narrows to a team by department name', async () => {
    const body = await figures<VisitInsight>('visits', `&department=${encodeURIComponent('华东')}`);
    expect(body.totals).toMatchObject({ visits: 3, overdueFollowUps: 1, averageEvidenceScore: 45.7 });
    expect(body.coverage).toEqual({ visited: 2, total: 3 });
  });

  it('counts only the period’s visits and follow-ups', async () => {
    const res = await app
      .api(world.people.manager.token)
      .get<VisitInsight>(`/api/v1/insight/visits?from=${day(-3)}&to=${day(0)}`);
    expect(res.body.totals).toMatchObject({ visits: 3, overdueFollowUps: 2 });
    const wide = await app
      .api(world.people.manager.token)
      .get<VisitInsight>(`/api/v1/insight/visits?from=${day(-25)}&to=${day(0)}`);
    // v5 (day −20) joins; its follow-up (day −15) was answered by v4 on day −1.
    expect(wide.body.totals).toMatchObject({ visits: 6, overdueFollowUps: 2 });
  });

  it('covers the last 30 days up to today without a period', async () => {
    const res = await app.api(world.people.manager.token).get<VisitInsight>('/api/v1/insight/visits');
    expect(res.body.period).toEqual({ from: day(-29), to: day(0) });
    expect(res.body.totals.visits).toBe(6);
  });
});
