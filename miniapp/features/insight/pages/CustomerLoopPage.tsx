/**
 * /customers/:id/loop: one customer's value loop, the screen a rep opens before a renewal meeting: its requirements
 * from mention to decision to told, its projects' goals from baseline to target to actual, and its latest visits.
 * Its own route, so the customer page's first paint does not wait for it.
 */
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { formatDate, formatDateTime } from '@miniapp/lib/format';
import type { CustomerLoop } from '@shared/schemas/insight';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCustomerLoop } from '../api';
import { FigureTable } from '../components/ChartCard';
import styles from '../components/insight.module.css';
import { customerLoopSummary } from '../summaries';

export function CustomerLoopPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const loop = useCustomerLoop(id);
  const data = loop.data;
  return (
    <main>
      <PageHeader
        title={data ? `${t('ui.insight.loop.title')} · ${data.customer.name}` : t('ui.insight.loop.title')}
        backFallback={`/customers/${id}`}
      />
      <PageState
        isLoading={loop.isPending}
        error={data ? null : loop.error}
        onRetry={() => void loop.refetch()}
      >
        {data ? (
          <div className={styles.page}>
            <p className={styles.summary}>{customerLoopSummary(t, data)}</p>
            <div className={styles.grid}>
              <RequirementSteps t={t} data={data} />
              <ProjectGoals t={t} data={data} />
              <RecentVisits t={t} data={data} />
            </div>
          </div>
        ) : null}
      </PageState>
    </main>
  );
}

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section className={styles.card} aria-labelledby={id}>
      <h2 id={id} className={styles.cardTitle}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function RequirementSteps({ t, data }: { t: TFunction; data: CustomerLoop }) {
  return (
    <Card title={t('ui.insight.loop.requirements')} id="loop-requirements">
      {data.requirements.length === 0 ? (
        <p className={styles.summary}>{t('ui.insight.loop.noRequirements')}</p>
      ) : (
        <ol className={styles.timeline}>
          {data.requirements.map((row) => (
            <li key={row.id}>
              <Link to={`/requirements/${row.id}`} className={styles.figureLink}>
                {row.title}
              </Link>{' '}
              · {t(`ui.requirements.status.${row.status}`)}
              <div className={styles.steps}>
                <span className={styles.done}>
                  {t('ui.insight.loop.mentioned', { date: formatDate(row.firstMentionAt) })}
                </span>
                <span className={row.decidedAt ? styles.done : undefined}>
                  {row.decidedAt
                    ? t('ui.insight.loop.decided', { date: formatDate(row.decidedAt) })
                    : t('ui.insight.loop.notDecided')}
                </span>
                <span className={row.toldAt ? styles.done : row.decidedAt ? styles.missed : undefined}>
                  {row.toldAt
                    ? t('ui.insight.loop.told', { date: formatDate(row.toldAt) })
                    : t('ui.insight.loop.notTold')}
                </span>
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function goalResult(t: TFunction, met: boolean | null): string {
  if (met === null) return t('ui.insight.loop.notMeasured');
  return met ? `✓ ${t('ui.insight.loop.met')}` : `✗ ${t('ui.insight.loop.notMet')}`;
}

function ProjectGoals({ t, data }: { t: TFunction; data: CustomerLoop }) {
  const number = (value: number | null, unit: string) => (value === null ? '—' : `${value}${unit}`);
  return (
    <Card title={t('ui.insight.loop.projects')} id="loop-projects">
      {data.projects.length === 0 ? (
        <p className={styles.summary}>{t('ui.insight.loop.noProjects')}</p>
      ) : null}
      {data.projects.map((project) => (
        <div key={project.id}>
          <p className={styles.summary}>
            <Link to={`/implementation/projects/${project.id}`} className={styles.figureLink}>
              {project.name}
            </Link>{' '}
            · {t(`ui.implementation.healthLevel.${project.health}`)} · {project.currentPhase ?? '—'} ·{' '}
            {project.progress}%
          </p>
          {project.goals.length > 0 ? (
            <FigureTable
              caption={project.name}
              headers={[
                t('ui.insight.loop.metric'),
                t('ui.insight.loop.baseline'),
                t('ui.insight.loop.target'),
                t('ui.insight.loop.actual'),
                t('ui.insight.loop.result'),
              ]}
              rows={project.goals.map((goal) => ({
                key: goal.metric,
                cells: [
                  goal.metric,
                  number(goal.baseline, goal.unit),
                  number(goal.target, goal.unit),
                  number(goal.actual, goal.unit),
                  goalResult(t, goal.met),
                ],
              }))}
            />
          ) : null}
        </div>
      ))}
    </Card>
  );
}

function RecentVisits({ t, data }: { t: TFunction; data: CustomerLoop }) {
  return (
    <Card title={t('ui.insight.loop.visits')} id="loop-visits">
      {data.visits.length === 0 ? (
        <p className={styles.summary}>{t('ui.insight.loop.noVisits')}</p>
      ) : (
        <ol className={styles.timeline}>
          {data.visits.map((visit) => (
            <li key={visit.id}>
              <Link to={`/visits/${visit.id}`} className={styles.figureLink}>
                {formatDateTime(visit.visitedAt)}
              </Link>{' '}
              · {t(`ui.visits.kinds.${visit.kind}`, { defaultValue: visit.kind })} · {visit.owner.name}
              {visit.purpose ? (
                <div className={styles.steps}>{t('ui.insight.loop.purpose', { text: visit.purpose })}</div>
              ) : null}
              {visit.nextStep ? (
                <div className={styles.steps}>{t('ui.insight.loop.nextStep', { text: visit.nextStep })}</div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
