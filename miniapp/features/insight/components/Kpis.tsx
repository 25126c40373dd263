/** The headline figures of a dashboard, each a link to the list it counts. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './insight.module.css';

export interface Kpi {
  label: string;
  value: string;
  /** The list behind the figure; a figure with no list of its own is plain text. */
  to?: string | undefined;
}

export function Kpis({ items, label }: { items: Kpi[]; label: string }) {
  return (
    <ul className={styles.kpis} aria-label={label}>
      {items.map((item) => (
        <li key={item.label} className={styles.kpi}>
          {item.to ? (
            <Link to={item.to} className={styles.kpiLink}>
              <span className={styles.kpiLabel}>{item.label}</span>
              <strong className={styles.kpiValue}>{item.value}</strong>
            </Link>
          ) : (
            <>
              <span className={styles.kpiLabel}>{item.label}</span>
              <strong className={styles.kpiValue}>{item.value}</strong>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A figure in a table cell that opens its list. */
export function FigureLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={styles.figureLink}>
      {children}
    </Link>
  );
}

/** The days the figures cover, as the server settled them (the default fills in the last 30 days). */
export function PeriodLine({ period }: { period: { from: string; to: string } }) {
  const { t } = useTranslation();
  return <p className={styles.period}>{t('ui.insight.periodLabel', period)}</p>;
}
