/** The loop: decided and told, closure rate, median days, closure per rep, the oldest waiting items, overdue promises. */
import { PageState } from '@miniapp/components/PageState';
import type { QueryParams } from '@miniapp/lib/api-client';
import { formatDate } from '@miniapp/lib/format';
import type { LoopInsight } from '@shared/schemas/insight';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLoopInsight } from '../api';
import { barOption } from '../chart-options';
import type { DashboardFilters } from '../filters';
import { decimal, percent } from '../format';
import { decidedStatuses, requirementLink, requirementsLink } from '../links';
import { commitmentsSummary, loopSummary, waitingSummary } from '../summaries';
import { ChartCard, FigureTable } from './ChartCard';
import { EChart } from './EChart';
import styles from './insight.module.css';
import { FigureLink, Kpis, PeriodLine } from './Kpis';

interface FiguresProps {
  t: TFunction;
  data: LoopInsight;
  filters: DashboardFilters;
}

export function LoopDashboard({ filters, params }: { filters: DashboardFilters; params: QueryParams }) {
  const { t } = useTranslation();
  const query = useLoopInsight(params);
  const data = query.data;
  return (
    <PageState
      isLoading={query.isPending}
      error={data ? null : query.error}
      onRetry={() => void query.refetch()}
    >
      {data ? (
        <>
          <PeriodLine period={data.period} />
          <Kpis
            label={t('ui.insight.tabs.loop')}
            items={[
              {
                label: t('ui.insight.kpi.decided'),
                value: String(data.decided),
                to: requirementsLink(filters, null, { status: decidedStatuses }),
              },
              { label: t('ui.insight.kpi.told'), value: String(data.told) },
              { label: t('ui.insight.kpi.closureRate'), value: percent(data.closureRate) },
              { label: t('ui.insight.kpi.daysToDecision'), value: decimal(data.medianDaysToDecision) },
              { label: t('ui.insight.kpi.daysToTold'), value: decimal(data.medianDaysToTold) },
            ]}
          />
          <div className={styles.grid}>
            <RepsCard t={t} data={data} filters={filters} />
            <WaitingCard t={t} data={data} filters={filters} />
            <CommitmentsCard t={t} data={data} filters={filters} />
          </div>
        </>
      ) : null}
    </PageState>
  );
}

function RepsCard({ t, data, filters }: FiguresProps) {
  const navigate = useNavigate();
  const repLink = (reporterId: string) =>
    requirementsLink(filters, null, { reporterId, status: decidedStatuses });
  return (
    <ChartCard
      title={t('ui.insight.charts.loopReps')}
      summary={loopSummary(t, data)}
      chart={
        data.reps.length > 0 ? (
          <EChart
            height={Math.max(160, data.reps.length * 40 + 48)}
            option={barOption({
              categories: data.reps.map((rep) => rep.person.name),
              series: [
                { name: t('ui.insight.columns.decided'), values: data.reps.map((rep) => rep.decided) },
                { name: t('ui.insight.columns.told'), values: data.reps.map((rep) => rep.told) },
              ],
              isHorizontal: true,
            })}
            onSelect={(index) => {
              const rep = data.reps[index];
              if (rep) void navigate(repLink(rep.person.id));
            }}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.loopReps')}
          headers={[
            t('ui.insight.columns.rep'),
            t('ui.insight.columns.decided'),
            t('ui.insight.columns.told'),
            t('ui.insight.columns.closureRate'),
          ]}
          rows={data.reps.map((rep) => ({
            key: rep.person.id,
            cells: [
              rep.person.name,
              <FigureLink key="decided" to={repLink(rep.person.id)}>
                {rep.decided}
              </FigureLink>,
              rep.told,
              percent(rep.closureRate),
            ],
          }))}
        />
      }
    />
  );
}

function WaitingCard({ t, data }: FiguresProps) {
  return (
    <ChartCard
      title={t('ui.insight.charts.waiting')}
      summary={waitingSummary(t, data)}
      table={
        <FigureTable
          caption={t('ui.insight.charts.waiting')}
          headers={[
            t('ui.insight.columns.requirement'),
            t('ui.insight.columns.status'),
            t('ui.insight.columns.firstMention'),
            t('ui.insight.columns.ageDays'),
            t('ui.insight.columns.customers'),
          ]}
          rows={data.waiting.map((row) => ({
            key: row.id,
            cells: [
              <FigureLink key="title" to={requirementLink(row.id)}>
                {row.title}
              </FigureLink>,
              t(`ui.requirements.status.${row.status}`),
              formatDate(row.firstMentionAt),
              row.ageDays,
              row.customerCount,
            ],
          }))}
        />
      }
    />
  );
}

function CommitmentsCard({ t, data }: FiguresProps) {
  return (
    <ChartCard
      isWide
      title={t('ui.insight.charts.commitments')}
      summary={commitmentsSummary(t, data)}
      table={
        <FigureTable
          caption={t('ui.insight.charts.commitments')}
          headers={[
            t('ui.insight.columns.requirement'),
            t('ui.insight.columns.customer'),
            t('ui.insight.columns.dueDate'),
            t('ui.insight.columns.promisedBy'),
          ]}
          rows={data.overdueCommitments.map((row) => ({
            key: row.id,
            cells: [
              <FigureLink key="title" to={requirementLink(row.requirementId)}>
                {row.requirementTitle}
              </FigureLink>,
              <FigureLink key="customer" to={`/customers/${row.customerId}`}>
                {row.customerName}
              </FigureLink>,
              row.dueDate,
              row.promisedBy.name,
            ],
          }))}
        />
      }
    />
  );
}
