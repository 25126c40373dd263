/**
 * Dashboards (/insight): the filters every dashboard takes and the figures each chart draws, for
 * GET /api/v1/insight/{visits|requirements|loop|implementation} and GET /api/v1/insight/customers/{id}.
 */
import { z } from 'zod';
import { customerFlags, segments, tiers } from '../domain/customers';
import { healthLevels } from '../domain/implementation/vocab';
import { requirementKinds, requirementStatuses } from '../domain/requirements';
import { commaList, idSchema, localDate } from './common';

/**
 * The same filters on every dashboard. The period is inclusive local (Asia/Shanghai) days; without one it is the last
 * 30 days up to today; at most a year (366 days), and `to` not before `from` (400 otherwise). Team is a department
 * name; owner and team name the customer's owner (visits: the visit's owner, except coverage, which counts the
 * customers the rep or team owns).
 */
export const insightFilters = z.object({
  from: localDate.optional(),
  to: localDate.optional(),
  department: z.string().trim().min(1).max(50).optional(),
  ownerId: idSchema.optional(),
  segment: commaList(segments).optional(),
  tier: commaList(tiers).optional(),
  industry: z.string().trim().min(1).max(30).optional(),
  flags: commaList(customerFlags).optional(),
});
export type InsightFilters = z.infer<typeof insightFilters>;

/** The period the figures cover, as the server settled it (defaults filled in). */
export const insightPeriod = z.object({ from: localDate, to: localDate });

const personRef = z.object({ id: idSchema, name: z.string() });
/** A share between 0 and 1; null when there is nothing to divide by. */
const share = z.number().min(0).max(1).nullable();

export const coverageRow = z.object({ visited: z.number().int(), total: z.number().int() });

/** Sales manager: coverage, activity per rep, evidence quality, overdue follow-ups. */
export const visitInsight = z.object({
  period: insightPeriod,
  /** Customers with at least one visit in the period, against all (non-archived) customers matching the filters. */
  coverage: coverageRow,
  coverageByTier: z.array(coverageRow.extend({ tier: z.enum(tiers) })),
  coverageBySegment: z.array(coverageRow.extend({ segment: z.enum(segments) })),
  totals: z.object({
    visits: z.number().int(),
    flaggedShare: share,
    /** Mean evidence score (0–100) of the period's visits. */
    averageEvidenceScore: z.number().nullable(),
    overdueFollowUps: z.number().int(),
  }),
  /** One row per rep with visits or overdue follow-ups, most visits first. */
  reps: z.array(
    z.object({
      person: personRef,
      visits: z.number().int(),
      customersVisited: z.number().int(),
      flaggedShare: share,
      averageEvidenceScore: z.number().nullable(),
      overdueFollowUps: z.number().int(),
    }),
  ),
});
export type VisitInsight = z.infer<typeof visitInsight>;

/** PM: what is asked for most, where demand sits, how much of it is product rather than one customer's wish. */
export const requirementInsight = z.object({
  period: insightPeriod,
  /** Open requirements mentioned in the period by matching customers, highest score first (at most 10). */
  top: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: z.enum(requirementStatuses),
      score: z.number(),
      demand: z.number(),
      customerCount: z.number().int(),
    }),
  ),
  /**
   * Distinct customers asking in the period, per customer industry × requirement category ("" = not set); a cell's
   * demand is the summed demand score of the distinct requirements asked for in it.
   */
  heatmap: z.object({
    industries: z.array(z.string()),
    categories: z.array(z.string()),
    cells: z.array(
      z.object({
        industry: z.string(),
        category: z.string(),
        customers: z.number().int(),
        demand: z.number(),
      }),
    ),
  }),
  /** Requirements mentioned in the period, by kind (productizable vs customization share). */
  kinds: z.array(z.object({ kind: z.enum(requirementKinds), count: z.number().int() })),
});
export type RequirementInsight = z.infer<typeof requirementInsight>;

/** PM and managers: the loop from first mention to a decision the customer was told about. */
export const loopInsight = z.object({
  period: insightPeriod,
  /** Requirements first decided in the period, and those whose latest decision every asking customer was told. */
  decided: z.number().int(),
  told: z.number().int(),
  closureRate: share,
  medianDaysToDecision: z.number().nullable(),
  medianDaysToTold: z.number().nullable(),
  /** Loop closure per reporting rep (decisions on what they reported, and how many they told). */
  reps: z.array(
    z.object({ person: personRef, decided: z.number().int(), told: z.number().int(), closureRate: share }),
  ),
  /** Oldest requirements still waiting on a PM (new or under review), at most 10. */
  waiting: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: z.enum(requirementStatuses),
      firstMentionAt: z.string(),
      ageDays: z.number().int(),
      customerCount: z.number().int(),
    }),
  ),
  overdueCommitments: z.array(
    z.object({
      id: idSchema,
      requirementId: idSchema,
      requirementTitle: z.string(),
      customerId: idSchema,
      customerName: z.string(),
      dueDate: localDate,
      promisedBy: personRef,
    }),
  ),
});
export type LoopInsight = z.infer<typeof loopInsight>;

/** Implementation lead: health, phases, late work, the standard plan against what really happened, goals met. */
export const implementationInsight = z.object({
  period: insightPeriod,
  /**
   * Active projects of matching customers, by the project page's health: overdue when an open task is past due; at
   * risk when an open task is blocked or due within two days, or the plan's end lies past the go-live target.
   */
  health: z.array(z.object({ health: z.enum(healthLevels), count: z.number().int() })),
  /** Active projects by the first phase with work left. */
  phases: z.array(z.object({ phase: z.string(), count: z.number().int() })),
  overdueTasks: z.number().int(),
  blockedTasks: z.number().int(),
  /** The overdue or blocked tasks themselves, most overdue first (at most 20). */
  lateTasks: z.array(
    z.object({
      projectId: idSchema,
      projectName: z.string(),
      customerName: z.string(),
      taskId: idSchema,
      title: z.string(),
      dueDate: localDate,
      assignee: personRef.nullable(),
      blocked: z.boolean(),
    }),
  ),
  /**
   * Per template phase, over project phases completed in the period (all tasks done; completed on the local day of
   * the last tick), in calendar days: plannedDays is the mean planned span (due − start + 1); the actual span runs
   * from the planned start, or from the day the previous phase was completed when later, to completion (+ 1).
   * Quartiles interpolate linearly (as percentile_cont).
   */
  phaseDurations: z.array(
    z.object({
      templateId: idSchema,
      templateName: z.string(),
      phase: z.string(),
      plannedDays: z.number(),
      projects: z.number().int(),
      medianDays: z.number().nullable(),
      p25Days: z.number().nullable(),
      p75Days: z.number().nullable(),
    }),
  ),
  /**
   * Goals of projects accepted in the period (status accepted, last task ticked in the period): with an actual
   * recorded, and of those met (the actual reaches the target in the direction it lies from the baseline).
   */
  goals: z.object({ measured: z.number().int(), met: z.number().int(), metRate: share }),
});
export type ImplementationInsight = z.infer<typeof implementationInsight>;

/** One customer's value loop, for the customer page before a renewal meeting. */
export const customerLoop = z.object({
  customer: z.object({ id: idSchema, name: z.string() }),
  requirements: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      status: z.enum(requirementStatuses),
      firstMentionAt: z.string(),
      decidedAt: z.string().nullable(),
      /** When this customer was told of the latest decision. */
      toldAt: z.string().nullable(),
    }),
  ),
  projects: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      health: z.enum(healthLevels),
      currentPhase: z.string().nullable(),
      progress: z.number().int(),
      goals: z.array(
        z.object({
          metric: z.string(),
          unit: z.string(),
          baseline: z.number().nullable(),
          target: z.number(),
          actual: z.number().nullable(),
          met: z.boolean().nullable(),
        }),
      ),
    }),
  ),
  /** The latest visits (at most 10), newest first. */
  visits: z.array(
    z.object({
      id: idSchema,
      visitedAt: z.string(),
      kind: z.string(),
      owner: personRef,
      purpose: z.string().nullable(),
      nextStep: z.string().nullable(),
    }),
  ),
});
export type CustomerLoop = z.infer<typeof customerLoop>;
