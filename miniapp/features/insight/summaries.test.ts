import { createI18n } from '@shared/i18n';
import type { LoopInsight, RequirementInsight, VisitInsight } from '@shared/schemas/insight';
import { describe, expect, it } from 'vitest';
import {
  coverageSummary,
  heatmapSummary,
  kindsSummary,
  loopSummary,
  repsSummary,
  waitingSummary,
} from './summaries';

const zh = createI18n('zh-CN');
const en = createI18n('en');
const period = { from: '2026-11-03', to: '2026-12-02' };

const visits: VisitInsight = {
  period,
  coverage: { visited: 42, total: 120 },
  coverageByTier: [
    { tier: 'high', visited: 10, total: 12 },
    { tier: 'low', visited: 2, total: 40 },
  ],
  coverageBySegment: [],
  totals: { visits: 57, flaggedShare: 0.125, averageEvidenceScore: 81.26, overdueFollowUps: 3 },
  reps: [
    {
      person: { id: 'u1', name: '李娜' },
      visits: 30,
      customersVisited: 20,
      flaggedShare: 0.1,
      averageEvidenceScore: 85,
      overdueFollowUps: 1,
    },
  ],
};

const loop: LoopInsight = {
  period,
  decided: 4,
  told: 2,
  closureRate: 0.5,
  medianDaysToDecision: 6.5,
  medianDaysToTold: null,
  reps: [],
  waiting: [],
  overdueCommitments: [],
};

describe('chart summaries', () => {
  it('says the coverage and each tier’s share in words', () => {
    expect(coverageSummary(zh.t, visits)).toBe(
      '本期拜访覆盖 42/120 家客户（35%）；高价值 10/12，低价值 2/40。',
    );
    expect(coverageSummary(en.t, visits)).toBe(
      'Visits covered 42/120 customers (35%) this period; High value 10/12, Low value 2/40.',
    );
  });

  it('names the busiest rep and the evidence quality', () => {
    expect(repsSummary(zh.t, visits)).toBe(
      '本期共 57 次拜访，来自 1 位销售；最多的是 李娜（30 次）；签到偏远占 13%，平均凭证分 81.3，3 个跟进已逾期。',
    );
  });

  it('gives the loop’s closure rate, and a dash for a median with nothing to measure', () => {
    expect(loopSummary(zh.t, loop)).toBe(
      '本期决定 4 条需求，已告知客户 2 条，闭环率 50%；从提到到决定中位 6.5 天，到告知中位 — 天。',
    );
  });

  it('says when nothing waits on a PM', () => {
    expect(waitingSummary(zh.t, loop)).toBe('没有等待产品经理处理的需求。');
  });

  it('counts the productizable share and names the densest heat-map cell', () => {
    const demand: RequirementInsight = {
      period,
      top: [],
      heatmap: {
        industries: ['制造业', ''],
        categories: ['审批'],
        cells: [
          { industry: '', category: '审批', customers: 1, demand: 2 },
          { industry: '制造业', category: '审批', customers: 3, demand: 5 },
        ],
      },
      kinds: [
        { kind: 'productizable', count: 3 },
        { kind: 'customization', count: 1 },
      ],
    };
    expect(kindsSummary(zh.t, demand)).toBe('本期提到的 4 条需求中，可产品化 3 条（75%），定制 1 条。');
    expect(heatmapSummary(zh.t, demand)).toBe('需求最集中在 制造业 × 审批（3 家客户）。');
  });
});
