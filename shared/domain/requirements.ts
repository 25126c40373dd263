/** Requirement rules both sides use: the status workflow, importance, and the demand/priority score. */
import type { Segment, Tier } from './customers';

export const requirementStatuses = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'released',
  'declined',
  'merged',
] as const;
export type RequirementStatus = (typeof requirementStatuses)[number];

/** Statuses a PM may decide; `merged` only comes from a merge. */
export const decisionStatuses = [
  'new',
  'under_review',
  'planned',
  'in_progress',
  'released',
  'declined',
] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

export const requirementKinds = ['productizable', 'customization', 'integration', 'bug'] as const;
export type RequirementKind = (typeof requirementKinds)[number];

export const importances = ['nice-to-have', 'important', 'blocker'] as const;
export type Importance = (typeof importances)[number];

/** Table orders: score, demand and customers highest first; newest/oldest by creation; updated most recent first. */
export const requirementSorts = ['score', 'demand', 'customerCount', 'newest', 'oldest', 'updated'] as const;
export type RequirementSort = (typeof requirementSorts)[number];

/** A merge may be contested by a reporter of the merged requirement for this long. */
export const contestWindowDays = 7;

export interface ScoreWeights {
  tier: Record<Tier, number>;
  segment: Record<Segment, number>;
  /** Multiplier for a customer carrying the flag; several flags take the largest, they do not stack. */
  flag: { coCreation: number; angel: number; benchmark: number };
  importance: Record<Importance, number>;
  /** Most one customer can add to demand, however many reps mention it. */
  customerCap: number;
}

export const defaultScoreWeights: ScoreWeights = {
  tier: { high: 3, general: 1.5, low: 1 },
  segment: { large: 2, mid: 1.5, smb: 1 },
  flag: { coCreation: 1.5, angel: 1.3, benchmark: 1.3 },
  importance: { 'nice-to-have': 1, important: 2, blocker: 3 },
  customerCap: 20,
};

export interface ScoringCustomer {
  customerId: string;
  tier: Tier;
  segment: Segment;
  flags: { coCreation: boolean; angel: boolean; benchmark: boolean };
}

export interface ScoringMention {
  customerId: string;
  importance: Importance;
}

export interface CustomerContribution {
  customerId: string;
  tierWeight: number;
  segmentWeight: number;
  flagBonus: number;
  importance: Importance;
  importanceWeight: number;
  /** Product of the four weights before the cap. */
  raw: number;
  /** What the customer adds to demand: raw, capped. */
  points: number;
  capped: boolean;
  mentionCount: number;
}

export function flagBonus(flags: ScoringCustomer['flags'], weights: ScoreWeights): number {
  let bonus = 1;
  if (flags.coCreation) bonus = Math.max(bonus, weights.flag.coCreation);
  if (flags.angel) bonus = Math.max(bonus, weights.flag.angel);
  if (flags.benchmark) bonus = Math.max(bonus, weights.flag.benchmark);
  return bonus;
}

function strongerImportance(a: Importance, b: Importance): Importance {
  return importances.indexOf(a) >= importances.indexOf(b) ? a : b;
}

/** Per distinct customer: tier × segment × flag bonus × strongest importance, capped; largest first. */
export function demandBreakdown(
  mentions: ScoringMention[],
  customers: ScoringCustomer[],
  weights: ScoreWeights,
): CustomerContribution[] {
  const byId = new Map(customers.map((c) => [c.customerId, c]));
  const strongest = new Map<string, { importance: Importance; count: number }>();
  for (const m of mentions) {
    const seen = strongest.get(m.customerId);
    strongest.set(m.customerId, {
      importance: seen ? strongerImportance(seen.importance, m.importance) : m.importance,
      count: (seen?.count ?? 0) + 1,
    });
  }
  const rows: CustomerContribution[] = [];
  for (const [customerId, { importance, count }] of strongest) {
    const customer = byId.get(customerId);
    if (!customer) continue;
    const tierWeight = weights.tier[customer.tier];
    const segmentWeight = weights.segment[customer.segment];
    const bonus = flagBonus(customer.flags, weights);
    const importanceWeight = weights.importance[importance];
    const raw = round(tierWeight * segmentWeight * bonus * importanceWeight);
    const points = Math.min(raw, weights.customerCap);
    rows.push({
      customerId,
      tierWeight,
      segmentWeight,
      flagBonus: bonus,
      importance,
      importanceWeight,
      raw,
      points,
      capped: raw > weights.customerCap,
      mentionCount: count,
    });
  }
  return rows.sort((a, b) => b.points - a.points || a.customerId.localeCompare(b.customerId));
}

export function demandOf(contributions: CustomerContribution[]): number {
  return round(contributions.reduce((sum, c) => sum + c.points, 0));
}

/** Priority = demand × impact × confidence ÷ effort. */
export function priorityScore(demand: number, impact: number, confidence: number, effort: number): number {
  if (effort <= 0) return 0;
  return round((demand * impact * confidence) / effort);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Statuses after which the customer has heard a decision worth passing on. */
export function isDecided(status: RequirementStatus): boolean {
  return status !== 'new' && status !== 'merged';
}

/** The impact steps a PM picks from (RICE), largest first, and the word for any value on the scale. */
export const impactSteps = [3, 2, 1, 0.5, 0.25] as const;
export type ImpactLevel = 'massive' | 'high' | 'medium' | 'low' | 'minimal';
export function impactLevel(impact: number): ImpactLevel {
  if (impact >= 3) return 'massive';
  if (impact >= 2) return 'high';
  if (impact >= 1) return 'medium';
  if (impact >= 0.5) return 'low';
  return 'minimal';
}

/** How sure the PM is of impact and effort: 100% high, 80% medium, 50% low. */
export const confidenceSteps = [1, 0.8, 0.5] as const;
export type ConfidenceLevel = 'high' | 'medium' | 'low';
export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.9) return 'high';
  if (confidence >= 0.7) return 'medium';
  return 'low';
}

/** Effort is in person-weeks; in words, how long one person would take. */
export type EffortLevel = 'week' | 'month' | 'quarter' | 'longer';
export function effortLevel(personWeeks: number): EffortLevel {
  if (personWeeks <= 1) return 'week';
  if (personWeeks <= 4) return 'month';
  if (personWeeks <= 13) return 'quarter';
  return 'longer';
}
