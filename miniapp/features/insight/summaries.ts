/** The sentence under each chart, built from the same figures, for screen readers and anyone who reads before looking. */
import type {
  CustomerLoop,
  ImplementationInsight,
  LoopInsight,
  RequirementInsight,
  VisitInsight,
} from '@shared/schemas/insight';
import type { TFunction } from 'i18next';
import { decimal, percent } from './format';

const shareOf = (part: number, whole: number) => (whole === 0 ? null : part / whole);

export function coverageSummary(t: TFunction, data: VisitInsight): string {
  const { visited, total } = data.coverage;
  const overall = t('ui.insight.summary.coverage', {
    visited,
    total,
    share: percent(shareOf(visited, total)),
  });
  const byTier = data.coverageByTier
    .map((row) =>
      t('ui.insight.summary.coverageGroup', {
        group: t(`enums.tier.${row.tier}`),
        visited: row.visited,
        total: row.total,
      }),
    )
    .join(t('ui.insight.summary.listSeparator'));
  const end = t('ui.insight.summary.fullStop');
  return byTier ? `${overall}${t('ui.insight.summary.clauseSeparator')}${byTier}${end}` : `${overall}${end}`;
}

export function repsSummary(t: TFunction, data: VisitInsight): string {
  const { totals, reps } = data;
  const busiest = reps[0];
  const head = t('ui.insight.summary.visits', { visits: totals.visits, reps: reps.length });
  const top = busiest
    ? t('ui.insight.summary.busiest', { name: busiest.person.name, visits: busiest.visits })
    : '';
  const quality = t('ui.insight.summary.evidence', {
    flagged: percent(totals.flaggedShare),
    score: decimal(totals.averageEvidenceScore),
    overdue: totals.overdueFollowUps,
  });
  return [head, top, quality].filter(Boolean).join(t('ui.insight.summary.clauseSeparator'));
}

export function topRequirementsSummary(t: TFunction, data: RequirementInsight): string {
  const first = data.top[0];
  if (!first) return t('ui.insight.summary.noRequirements');
  return t('ui.insight.summary.topRequirement', {
    count: data.top.length,
    title: first.title,
    score: decimal(first.score),
    customers: first.customerCount,
  });
}

export function heatmapSummary(t: TFunction, data: RequirementInsight): string {
  const hottest = [...data.heatmap.cells].sort((a, b) => b.customers - a.customers)[0];
  if (!hottest) return t('ui.insight.summary.noDemand');
  return t('ui.insight.summary.hottest', {
    industry: hottest.industry || t('ui.insight.notSet'),
    category: hottest.category || t('ui.insight.notSet'),
    customers: hottest.customers,
  });
}

export function kindsSummary(t: TFunction, data: RequirementInsight): string {
  const total = data.kinds.reduce((sum, row) => sum + row.count, 0);
  const countOf = (kind: string) => data.kinds.find((row) => row.kind === kind)?.count ?? 0;
  const productizable = countOf('productizable');
  return t('ui.insight.summary.kinds', {
    total,
    productizable,
    share: percent(shareOf(productizable, total)),
    customization: countOf('customization'),
  });
}

export function loopSummary(t: TFunction, data: LoopInsight): string {
  return t('ui.insight.summary.loop', {
    decided: data.decided,
    told: data.told,
    rate: percent(data.closureRate),
    toDecision: decimal(data.medianDaysToDecision),
    toTold: decimal(data.medianDaysToTold),
  });
}

export function waitingSummary(t: TFunction, data: LoopInsight): string {
  const oldest = data.waiting[0];
  if (!oldest) return t('ui.insight.summary.nothingWaiting');
  return t('ui.insight.summary.waiting', {
    count: data.waiting.length,
    title: oldest.title,
    days: oldest.ageDays,
  });
}

export function commitmentsSummary(t: TFunction, data: LoopInsight): string {
  return data.overdueCommitments.length === 0
    ? t('ui.insight.summary.noOverdueCommitments')
    : t('ui.insight.summary.overdueCommitments', { count: data.overdueCommitments.length });
}

export function healthSummary(t: TFunction, data: ImplementationInsight): string {
  const total = data.health.reduce((sum, row) => sum + row.count, 0);
  const parts = data.health
    .map((row) => `${t(`ui.implementation.healthLevel.${row.health}`)} ${row.count}`)
    .join(t('ui.insight.summary.listSeparator'));
  return t('ui.insight.summary.health', { total, parts: parts || '—' });
}

export function lateTasksSummary(t: TFunction, data: ImplementationInsight): string {
  return t('ui.insight.summary.lateTasks', { overdue: data.overdueTasks, blocked: data.blockedTasks });
}

export function phaseDurationsSummary(t: TFunction, data: ImplementationInsight): string {
  const measured = data.phaseDurations.filter((row) => row.medianDays !== null);
  const furthest = [...measured].sort(
    (a, b) => Math.abs((b.medianDays ?? 0) - b.plannedDays) - Math.abs((a.medianDays ?? 0) - a.plannedDays),
  )[0];
  if (!furthest) return t('ui.insight.summary.noPhaseDurations');
  return t('ui.insight.summary.phaseDurations', {
    count: measured.length,
    phase: furthest.phase,
    planned: decimal(furthest.plannedDays),
    median: decimal(furthest.medianDays),
  });
}

export function goalsSummary(t: TFunction, data: ImplementationInsight): string {
  return t('ui.insight.summary.goals', {
    measured: data.goals.measured,
    met: data.goals.met,
    rate: percent(data.goals.metRate),
  });
}

export function customerLoopSummary(t: TFunction, data: CustomerLoop): string {
  const told = data.requirements.filter((row) => row.toldAt !== null).length;
  const goals = data.projects.flatMap((project) => project.goals);
  return t('ui.insight.summary.customerLoop', {
    requirements: data.requirements.length,
    told,
    projects: data.projects.length,
    goalsMet: goals.filter((goal) => goal.met === true).length,
    goals: goals.length,
    visits: data.visits.length,
  });
}
