/** Sales manager: coverage by tier and segment, visits per rep, flagged check-ins, evidence, overdue follow-ups. */
import { PageState } from '@miniapp/components/PageState';
import type { QueryParams } from '@miniapp/lib/api-client';
import type { VisitInsight } from '@shared/schemas/insight';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useVisitInsight } from '../api';
import { barOption } from '../chart-options';
import type { DashboardFilters } from '../filters';
import { decimal, percent } from '../format';
import { customersLink, visitsLink } from '../links';
import { coverageSummary, repsSummary } from '../summaries';
import { ChartCard, FigureTable } from './ChartCard';
import { EChart } from './EChart';
import styles from './insight.module.css';
import { FigureLink, Kpis, PeriodLine } from './Kpis';

interface DashboardProps {
  filters: DashboardFilters;
  params: QueryParams;
}

export function VisitDashboard({ filters, params }: DashboardProps) {
  const { t } = useTranslation();
  const query = useVisitInsight(params);
  return (
    <PageState
      isLoading={query.isPending}
      error={query.data ? null : query.error}
      onRetry={() => void query.refetch()}
    >
      {query.data ? <VisitFigures t={t} data={query.data} filters={filters} /> : null}
    </PageState>
  );
}

function VisitFigures({ t, data, filters }: { t: TFunction; data: VisitInsight; filters: DashboardFilters }) {
  const owner = filters.ownerId ? { id: filters.ownerId, name: filters.ownerName } : undefined;
  const share = (visited: number, total: number) => percent(total === 0 ? null : visited / total);
  return (
    <>
      <PeriodLine period={data.period} />
      <Kpis
        label={t('ui.insight.tabs.visits')}
        items={[
          {
            label: t('ui.insight.kpi.coverage'),
            value: `${data.coverage.visited}/${data.coverage.total}`,
            to: customersLink(filters),
          },
          {
            label: t('ui.insight.kpi.visits'),
            value: String(data.totals.visits),
            to: visitsLink(data.period, { owner }),
          },
          {
            label: t('ui.insight.kpi.flaggedShare'),
            value: percent(data.totals.flaggedShare),
            to: visitsLink(data.period, { owner, isFlaggedOnly: true }),
          },
          { label: t('ui.insight.kpi.averageScore'), value: decimal(data.totals.averageEvidenceScore) },
          {
            label: t('ui.insight.kpi.overdueFollowUps'),
            value: String(data.totals.overdueFollowUps),
            to: '/visits',
          },
        ]}
      />
      <div className={styles.grid}>
        <CoverageCard t={t} data={data} filters={filters} share={share} />
        <RepsCard t={t} data={data} />
      </div>
    </>
  );
}

function CoverageCard({
  t,
  data,
  filters,
  share,
}: {
  t: TFunction;
  data: VisitInsight;
  filters: DashboardFilters;
  share: (visited: number, total: number) => string;
}) {
  const navigate = useNavigate();
  const groups = [
    ...data.coverageByTier.map((row) => ({
      key: `tier-${row.tier}`,
      label: t(`enums.tier.${row.tier}`),
      to: customersLink(filters, { tier: row.tier }),
      ...row,
    })),
    ...data.coverageBySegment.map((row) => ({
      key: `segment-${row.segment}`,
      label: t(`enums.segment.${row.segment}`),
      to: customersLink(filters, { segment: row.segment }),
      ...row,
    })),
  ];
  const option = barOption({
    categories: groups.map((group) => group.label),
    series: [
      { name: t('ui.insight.columns.visited'), values: groups.map((group) => group.visited) },
      { name: t('ui.insight.columns.total'), values: groups.map((group) => group.total) },
    ],
  });
  return (
    <ChartCard
      title={t('ui.insight.charts.coverage')}
      summary={coverageSummary(t, data)}
      chart={
        <EChart
          option={option}
          onSelect={(index) => {
            const group = groups[index];
            if (group) void navigate(group.to);
          }}
        />
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.coverage')}
          headers={[
            t('ui.insight.columns.group'),
            t('ui.insight.columns.visited'),
            t('ui.insight.columns.total'),
            t('ui.insight.columns.share'),
          ]}
          rows={groups.map((group) => ({
            key: group.key,
            cells: [
              group.label,
              group.visited,
              <FigureLink key="total" to={group.to}>
                {group.total}
              </FigureLink>,
              share(group.visited, group.total),
            ],
          }))}
        />
      }
    />
  );
}

function RepsCard({ t, data }: { t: TFunction; data: VisitInsight }) {
  const navigate = useNavigate();
  const option = barOption({
    categories: data.reps.map((rep) => rep.person.name),
    series: [
      { name: t('ui.insight.columns.visits'), values: data.reps.map((rep) => rep.visits) },
      {
        name: t('ui.insight.columns.overdueFollowUps'),
        values: data.reps.map((rep) => rep.overdueFollowUps),
      },
    ],
    isHorizontal: true,
  });
  return (
    <ChartCard
      title={t('ui.insight.charts.reps')}
      summary={repsSummary(t, data)}
      chart={
        data.reps.length > 0 ? (
          <EChart
            option={option}
            height={Math.max(160, data.reps.length * 40 + 48)}
            onSelect={(index) => {
              const rep = data.reps[index];
              if (rep) void navigate(visitsLink(data.period, { owner: rep.person }));
            }}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.reps')}
          headers={[
            t('ui.insight.columns.rep'),
            t('ui.insight.columns.visits'),
            t('ui.insight.columns.customersVisited'),
            t('ui.insight.columns.flaggedShare'),
            t('ui.insight.columns.averageScore'),
            t('ui.insight.columns.overdueFollowUps'),
          ]}
          rows={data.reps.map((rep) => ({
            key: rep.person.id,
            cells: [
              rep.person.name,
              <FigureLink key="visits" to={visitsLink(data.period, { owner: rep.person })}>
                {rep.visits}
              </FigureLink>,
              rep.customersVisited,
              <FigureLink
                key="flagged"
                to={visitsLink(data.period, { owner: rep.person, isFlaggedOnly: true })}
              >
                {percent(rep.flaggedShare)}
              </FigureLink>,
              decimal(rep.averageEvidenceScore),
              rep.overdueFollowUps,
            ],
          }))}
        />
      }
    />
  );
}
