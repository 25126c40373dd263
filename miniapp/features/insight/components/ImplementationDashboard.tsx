/** Implementation lead: projects by health and phase, late tasks, each standard phase's plan against actual, goals met. */
import { PageState } from '@miniapp/components/PageState';
import type { QueryParams } from '@miniapp/lib/api-client';
import type { ImplementationInsight } from '@shared/schemas/insight';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useImplementationInsight } from '../api';
import { barOption, pieOption, spreadOption } from '../chart-options';
import { decimal, percent } from '../format';
import { projectLink, projectsLink } from '../links';
import { goalsSummary, healthSummary, lateTasksSummary, phaseDurationsSummary } from '../summaries';
import { ChartCard, FigureTable } from './ChartCard';
import { EChart } from './EChart';
import styles from './insight.module.css';
import { FigureLink, Kpis, PeriodLine } from './Kpis';

interface FiguresProps {
  t: TFunction;
  data: ImplementationInsight;
}

export function ImplementationDashboard({ params }: { params: QueryParams }) {
  const { t } = useTranslation();
  const query = useImplementationInsight(params);
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
            label={t('ui.insight.tabs.implementation')}
            items={[
              {
                label: t('ui.insight.kpi.overdueTasks'),
                value: String(data.overdueTasks),
                to: projectsLink('overdue'),
              },
              {
                label: t('ui.insight.kpi.blockedTasks'),
                value: String(data.blockedTasks),
                to: projectsLink(),
              },
              {
                label: t('ui.insight.kpi.goalsMet'),
                value: `${data.goals.met}/${data.goals.measured} (${percent(data.goals.metRate)})`,
              },
            ]}
          />
          <div className={styles.grid}>
            <HealthCard t={t} data={data} />
            <PhasesCard t={t} data={data} />
            <DurationsCard t={t} data={data} />
            <GoalsCard t={t} data={data} />
            <LateTasksCard t={t} data={data} />
          </div>
        </>
      ) : null}
    </PageState>
  );
}

function HealthCard({ t, data }: FiguresProps) {
  const navigate = useNavigate();
  return (
    <ChartCard
      title={t('ui.insight.charts.health')}
      summary={healthSummary(t, data)}
      chart={
        data.health.some((row) => row.count > 0) ? (
          <EChart
            option={pieOption(
              data.health.map((row) => ({
                name: t(`ui.implementation.healthLevel.${row.health}`),
                value: row.count,
              })),
            )}
            onSelect={(index) => {
              const row = data.health[index];
              if (row) void navigate(projectsLink(row.health));
            }}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.health')}
          headers={[t('ui.insight.columns.health'), t('ui.insight.columns.projects')]}
          rows={data.health.map((row) => ({
            key: row.health,
            cells: [
              t(`ui.implementation.healthLevel.${row.health}`),
              <FigureLink key="count" to={projectsLink(row.health)}>
                {row.count}
              </FigureLink>,
            ],
          }))}
        />
      }
    />
  );
}

function PhasesCard({ t, data }: FiguresProps) {
  const total = data.phases.reduce((sum, row) => sum + row.count, 0);
  return (
    <ChartCard
      title={t('ui.insight.charts.phases')}
      summary={
        data.phases.map((row) => `${row.phase} ${row.count}`).join(t('ui.insight.summary.listSeparator')) ||
        t('ui.insight.empty')
      }
      chart={
        total > 0 ? (
          <EChart
            option={barOption({
              categories: data.phases.map((row) => row.phase),
              series: [
                { name: t('ui.insight.columns.projects'), values: data.phases.map((row) => row.count) },
              ],
            })}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.phases')}
          headers={[t('ui.insight.columns.phase'), t('ui.insight.columns.projects')]}
          rows={data.phases.map((row) => ({
            key: row.phase,
            cells: [
              row.phase,
              <FigureLink key="count" to={projectsLink()}>
                {row.count}
              </FigureLink>,
            ],
          }))}
        />
      }
    />
  );
}

function DurationsCard({ t, data }: FiguresProps) {
  const rows = data.phaseDurations;
  const label = (row: (typeof rows)[number]) => `${row.templateName} · ${row.phase}`;
  return (
    <ChartCard
      isWide
      title={t('ui.insight.charts.phaseDurations')}
      summary={phaseDurationsSummary(t, data)}
      chart={
        rows.some((row) => row.medianDays !== null) ? (
          <EChart
            height={280}
            option={spreadOption({
              phases: rows.map(label),
              spreads: rows.map((row) =>
                row.medianDays === null || row.p25Days === null || row.p75Days === null
                  ? []
                  : [row.p25Days, row.p25Days, row.medianDays, row.p75Days, row.p75Days],
              ),
              planned: rows.map((row) => row.plannedDays),
              names: {
                actual: t('ui.insight.columns.medianDays'),
                planned: t('ui.insight.columns.plannedDays'),
              },
            })}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.phaseDurations')}
          headers={[
            t('ui.insight.columns.phase'),
            t('ui.insight.columns.plannedDays'),
            t('ui.insight.columns.medianDays'),
            t('ui.insight.columns.spread'),
            t('ui.insight.columns.projects'),
          ]}
          rows={rows.map((row) => ({
            key: `${row.templateId}|${row.phase}`,
            cells: [
              label(row),
              decimal(row.plannedDays),
              decimal(row.medianDays),
              row.p25Days === null ? '—' : `${decimal(row.p25Days)}–${decimal(row.p75Days)}`,
              row.projects,
            ],
          }))}
        />
      }
    />
  );
}

function LateTasksCard({ t, data }: FiguresProps) {
  return (
    <ChartCard
      isWide
      title={t('ui.insight.charts.lateTasks')}
      summary={lateTasksSummary(t, data)}
      table={
        <FigureTable
          caption={t('ui.insight.charts.lateTasks')}
          headers={[
            t('ui.insight.columns.task'),
            t('ui.insight.columns.project'),
            t('ui.insight.columns.dueDate'),
            t('ui.insight.columns.assignee'),
            t('ui.insight.columns.blocked'),
          ]}
          rows={data.lateTasks.map((task) => ({
            key: task.taskId,
            cells: [
              task.title,
              <FigureLink key="project" to={projectLink(task.projectId)}>
                {`${task.projectName} · ${task.customerName}`}
              </FigureLink>,
              task.dueDate,
              task.assignee?.name ?? '—',
              task.blocked ? t('ui.insight.yes') : t('ui.insight.no'),
            ],
          }))}
        />
      }
    />
  );
}

function GoalsCard({ t, data }: FiguresProps) {
  return (
    <ChartCard
      title={t('ui.insight.charts.goals')}
      summary={goalsSummary(t, data)}
      table={
        <FigureTable
          caption={t('ui.insight.charts.goals')}
          headers={[
            t('ui.insight.columns.measured'),
            t('ui.insight.columns.met'),
            t('ui.insight.columns.metRate'),
          ]}
          rows={[{ key: 'goals', cells: [data.goals.measured, data.goals.met, percent(data.goals.metRate)] }]}
        />
      }
    />
  );
}
