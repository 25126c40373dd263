/** A dashboard card: its heading, the chart, a sentence saying what it shows, and the same figures as a table. */
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './insight.module.css';

interface ChartCardProps {
  title: string;
  summary: string;
  /** Absent for cards that are a table already (lists of items). */
  chart?: ReactNode;
  table: ReactNode;
  isWide?: boolean;
}

export function ChartCard({ title, summary, chart, table, isWide }: ChartCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [isTableShown, setTableShown] = useState(chart === undefined);
  return (
    <section className={isWide ? `${styles.card} ${styles.wide}` : styles.card} aria-labelledby={headingId}>
      <header className={styles.cardHeader}>
        <h2 id={headingId} className={styles.cardTitle}>
          {title}
        </h2>
        {chart ? (
          <button
            type="button"
            className={styles.toggle}
            aria-pressed={isTableShown}
            onClick={() => setTableShown((shown) => !shown)}
          >
            {t('ui.insight.showTable')}
          </button>
        ) : null}
      </header>
      <p className={styles.summary}>{summary}</p>
      {isTableShown ? table : chart}
    </section>
  );
}

interface FigureTableProps {
  caption: string;
  headers: string[];
  /** The first cell of each row names the row (a header cell); the rest are its figures. */
  rows: { key: string; cells: ReactNode[] }[];
}

export function FigureTable({ caption, headers, rows }: FigureTableProps) {
  return (
    <div className={styles.tableScroll}>
      <table className={styles.table}>
        <caption className={styles.visuallyHidden}>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are fixed columns
                  <th key={index} scope="row">
                    {cell}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are fixed columns
                  <td key={index}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
