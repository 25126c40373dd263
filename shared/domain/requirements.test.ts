import { describe, expect, it } from 'vitest';
import {
  confidenceLevel,
  confidenceSteps,
  defaultScoreWeights,
  demandBreakdown,
  demandOf,
  effortLevel,
  impactLevel,
  impactSteps,
  priorityScore,
  type ScoringCustomer,
} from './requirements';

const customer = (id: string, over: Partial<ScoringCustomer> = {}): ScoringCustomer => ({
  customerId: id,
  tier: 'general',
  segment: 'mid',
  flags: { coCreation: false, angel: false, benchmark: false },
  ...over,
});

describe('demand and priority', () => {
  it('weighs each customer by tier × segment × flag bonus × their strongest importance', () => {
    const rows = demandBreakdown(
      [
        { customerId: 'a', importance: 'nice-to-have' },
        { customerId: 'a', importance: 'blocker' },
        { customerId: 'b', importance: 'important' },
      ],
      [
        customer('a', {
          tier: 'high',
          segment: 'large',
          flags: { coCreation: true, angel: true, benchmark: false },
        }),
        customer('b', { tier: 'low', segment: 'smb' }),
      ],
      { ...defaultScoreWeights, customerCap: 100 },
    );
    // a: 3 × 2 × 1.5 (largest flag, not 1.5 × 1.3) × 3 = 27; b: 1 × 1 × 1 × 2 = 2
    expect(rows.map((r) => [r.customerId, r.points, r.mentionCount])).toEqual([
      ['a', 27, 2],
      ['b', 2, 1],
    ]);
    expect(demandOf(rows)).toBe(29);
  });

  it('caps one customer so many reps of a large account cannot flood the score', () => {
    const mentions = Array.from({ length: 12 }, () => ({
      customerId: 'big',
      importance: 'blocker' as const,
    }));
    const rows = demandBreakdown(
      mentions,
      [
        customer('big', {
          tier: 'high',
          segment: 'large',
          flags: { coCreation: true, angel: false, benchmark: false },
        }),
      ],
      defaultScoreWeights,
    );
    expect(rows[0]).toMatchObject({ raw: 27, points: 20, capped: true, mentionCount: 12 });
  });

  it('ranks by demand × impact × confidence ÷ effort', () => {
    expect(priorityScore(29, 2, 0.8, 4)).toBe(11.6);
    expect(priorityScore(10, 1, 1, 0)).toBe(0);
  });
});

describe('the scales in words', () => {
  it('names each impact step and anything between them by the step below', () => {
    expect(impactSteps.map(impactLevel)).toEqual(['massive', 'high', 'medium', 'low', 'minimal']);
    expect(impactLevel(1.5)).toBe('medium');
  });

  it('names confidence high, medium or low', () => {
    expect(confidenceSteps.map(confidenceLevel)).toEqual(['high', 'medium', 'low']);
    expect(confidenceLevel(0.1)).toBe('low');
  });

  it('says effort as how long one person takes', () => {
    expect([0.5, 1, 3, 13, 20].map(effortLevel)).toEqual(['week', 'week', 'month', 'quarter', 'longer']);
  });
});
