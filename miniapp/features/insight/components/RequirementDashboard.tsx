/** PM: top requirements by score, demand by industry × category, productizable against customization. */
import { PageState } from '@miniapp/components/PageState';
import type { QueryParams } from '@miniapp/lib/api-client';
import type { RequirementInsight } from '@shared/schemas/insight';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRequirementInsight } from '../api';
import { barOption, heatmapOption, pieOption } from '../chart-options';
import type { DashboardFilters } from '../filters';
import { decimal } from '../format';
import { requirementLink, requirementsLink } from '../links';
import { heatmapSummary, kindsSummary, topRequirementsSummary } from '../summaries';
import { ChartCard, FigureTable } from './ChartCard';
import { EChart } from './EChart';
import styles from './insight.module.css';
import { FigureLink, PeriodLine } from './Kpis';

interface FiguresProps {
  t: TFunction;
  data: RequirementInsight;
  filters: DashboardFilters;
}

export function RequirementDashboard({
  filters,
  params,
}: {
  filters: DashboardFilters;
  params: QueryParams;
}) {
  const { t } = useTranslation();
  const query = useRequirementInsight(params);
  return (
    <PageState
      isLoading={query.isPending}
      error={query.data ? null : query.error}
      onRetry={() => void query.refetch()}
    >
      {query.data ? (
        <>
          <PeriodLine period={query.data.period} />
          <div className={styles.grid}>
            <TopCard t={t} data={query.data} filters={filters} />
            <KindsCard t={t} data={query.data} filters={filters} />
            <HeatmapCard t={t} data={query.data} filters={filters} />
          </div>
        </>
      ) : null}
    </PageState>
  );
}

function TopCard({ t, data }: FiguresProps) {
  const navigate = useNavigate();
  return (
    <ChartCard
      title={t('ui.insight.charts.top')}
      summary={topRequirementsSummary(t, data)}
      chart={
        data.top.length > 0 ? (
          <EChart
            height={Math.max(160, data.top.length * 32 + 48)}
            option={barOption({
              categories: data.top.map((row) => row.title),
              series: [{ name: t('ui.insight.columns.score'), values: data.top.map((row) => row.score) }],
              isHorizontal: true,
            })}
            onSelect={(index) => {
              const row = data.top[index];
              if (row) void navigate(requirementLink(row.id));
            }}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.top')}
          headers={[
            t('ui.insight.columns.requirement'),
            t('ui.insight.columns.status'),
            t('ui.insight.columns.score'),
            t('ui.insight.columns.demand'),
            t('ui.insight.columns.customers'),
          ]}
          rows={data.top.map((row) => ({
            key: row.id,
            cells: [
              <FigureLink key="title" to={requirementLink(row.id)}>
                {row.title}
              </FigureLink>,
              t(`ui.requirements.status.${row.status}`),
              decimal(row.score),
              decimal(row.demand),
              row.customerCount,
            ],
          }))}
        />
      }
    />
  );
}

function KindsCard({ t, data, filters }: FiguresProps) {
  const navigate = useNavigate();
  const kindLink = (kind: RequirementInsight['kinds'][number]['kind']) =>
    requirementsLink(filters, data.period, { kind });
  return (
    <ChartCard
      title={t('ui.insight.charts.kinds')}
      summary={kindsSummary(t, data)}
      chart={
        data.kinds.some((row) => row.count > 0) ? (
          <EChart
            option={pieOption(
              data.kinds.map((row) => ({ name: t(`ui.requirements.kind.${row.kind}`), value: row.count })),
            )}
            onSelect={(index) => {
              const row = data.kinds[index];
              if (row) void navigate(kindLink(row.kind));
            }}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.kinds')}
          headers={[t('ui.insight.columns.kind'), t('ui.insight.columns.count')]}
          rows={data.kinds.map((row) => ({
            key: row.kind,
            cells: [
              t(`ui.requirements.kind.${row.kind}`),
              <FigureLink key="count" to={kindLink(row.kind)}>
                {row.count}
              </FigureLink>,
            ],
          }))}
        />
      }
    />
  );
}

function HeatmapCard({ t, data, filters }: FiguresProps) {
  const navigate = useNavigate();
  const { industries, categories, cells } = data.heatmap;
  const name = (value: string) => value || t('ui.insight.notSet');
  /** An unset industry or category cannot be filtered on, so those cells lead nowhere. */
  const cellLink = (cell: (typeof cells)[number]) =>
    cell.industry && cell.category
      ? requirementsLink(filters, data.period, { industry: cell.industry, category: cell.category })
      : undefined;
  return (
    <ChartCard
      isWide
      title={t('ui.insight.charts.heatmap')}
      summary={heatmapSummary(t, data)}
      chart={
        cells.length > 0 ? (
          <EChart
            height={Math.max(200, industries.length * 36 + 96)}
            option={heatmapOption({
              xs: categories.map(name),
              ys: industries.map(name),
              cells: cells.map((cell) => [
                categories.indexOf(cell.category),
                industries.indexOf(cell.industry),
                cell.customers,
              ]),
            })}
            onSelect={(index) => {
              const cell = cells[index];
              const to = cell ? cellLink(cell) : undefined;
              if (to) void navigate(to);
            }}
          />
        ) : undefined
      }
      table={
        <FigureTable
          caption={t('ui.insight.charts.heatmap')}
          headers={[
            t('ui.insight.columns.industry'),
            t('ui.insight.columns.category'),
            t('ui.insight.columns.customers'),
            t('ui.insight.columns.demand'),
          ]}
          rows={cells.map((cell) => {
            const to = cellLink(cell);
            return {
              key: `${cell.industry}|${cell.category}`,
              cells: [
                name(cell.industry),
                name(cell.category),
                to ? (
                  <FigureLink key="customers" to={to}>
                    {cell.customers}
                  </FigureLink>
                ) : (
                  cell.customers
                ),
                decimal(cell.demand),
              ],
            };
          })}
        />
      }
    />
  );
}
