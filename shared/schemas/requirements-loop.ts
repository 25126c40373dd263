/** The loop as people read it: a reporter's 我的需求, following, the PM's weights, promises and loop figures. */
import { z } from 'zod';
import { customerFlags, segments, tiers } from '../domain/customers';
import { importances } from '../domain/requirements';
import { cursorSchema, idSchema, localDate, queryBoolean } from './common';
import { commitment, decision, requirement } from './requirements';

/** One requirement in the reporter's 我的需求: its state, their mentions, and the decisions so far. */
export const myRequirement = z.object({
  requirement,
  myMentions: z.array(
    z.object({
      id: idSchema,
      customerId: idSchema,
      customerName: z.string(),
      quote: z.string().nullable(),
      importance: z.enum(importances),
      createdAt: z.string(),
      /** When the rep confirmed telling this customer the latest decision; null while still to tell. */
      toldAt: z.string().nullable(),
      /** Set when the rep captured this against another requirement that a PM merged into this one. */
      mergedFrom: z
        .object({
          mergeId: idSchema,
          requirementId: idSchema,
          title: z.string(),
          contestedAt: z.string().nullable(),
          canContest: z.boolean(),
        })
        .nullable(),
    }),
  ),
  history: z.array(decision),
});
export type MyRequirement = z.infer<typeof myRequirement>;
export const myRequirementsPage = z.object({
  items: z.array(myRequirement),
  nextCursor: z.string().nullable(),
});
export type MyRequirementsPage = z.infer<typeof myRequirementsPage>;
export const myRequirementsQuery = z.object({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const followResponse = z.object({ following: z.boolean() });
export const toldResponse = z.object({ customerId: idSchema, toldAt: z.string() });
export type ToldResponse = z.infer<typeof toldResponse>;

/** One weight per value of a customer or mention attribute. */
const weightsOf = <K extends string>(keys: readonly K[], min: number, max: number) =>
  z.object(
    Object.fromEntries(keys.map((key) => [key, z.number().min(min).max(max)])) as Record<K, z.ZodNumber>,
  );

export const scoreWeights = z.object({
  tier: weightsOf(tiers, 0, 100),
  segment: weightsOf(segments, 0, 100),
  flag: weightsOf(customerFlags, 1, 10),
  importance: weightsOf(importances, 0, 100),
  customerCap: z.number().min(0.1).max(10000),
});
export type ScoreWeightsBody = z.infer<typeof scoreWeights>;

export const commitmentListQuery = z.object({ overdue: queryBoolean.optional() });
export const commitmentList = z.object({ items: z.array(commitment) });

export const statsQuery = z.object({ from: localDate.optional(), to: localDate.optional() });
export const requirementStats = z.object({
  decidedCount: z.number().int(),
  /** Decided requirements whose latest decision every mentioning customer has been told. */
  closedLoopCount: z.number().int(),
  loopClosureRate: z.number().nullable(),
  /** Hours from a requirement's first mention to its first decision, median over decided requirements. */
  medianHoursToDecision: z.number().nullable(),
});
export type RequirementStats = z.infer<typeof requirementStats>;
