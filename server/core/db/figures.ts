/**
 * SQL for dashboard figures that the two dialects spell differently (day arithmetic, local days), and quartiles
 * computed the same way on both: a ranking window plus linear interpolation, as PostgreSQL's percentile_cont does.
 */
import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Dialect } from './connection';

/** Days (fractional) from one ISO instant to another. */
export function daysBetweenInstants(
  dialect: Dialect,
  from: Expression<unknown>,
  to: Expression<unknown>,
): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(extract(epoch from (cast(${to} as timestamptz) - cast(${from} as timestamptz))) / 86400.0)`
    : sql<number>`(julianday(${to}) - julianday(${from}))`;
}

/** Whole days from one YYYY-MM-DD day to another. */
export function daysBetweenDates(
  dialect: Dialect,
  from: Expression<unknown>,
  to: Expression<unknown>,
): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`(cast(${to} as date) - cast(${from} as date))`
    : sql<number>`cast(round(julianday(${to}) - julianday(${from})) as integer)`;
}

/** The tenant-local (Asia/Shanghai, UTC+8 all year) day YYYY-MM-DD of an ISO instant. */
export function localDayOf(dialect: Dialect, instant: Expression<unknown>): RawBuilder<string> {
  return dialect === 'postgres'
    ? sql<string>`to_char(cast(${instant} as timestamptz) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`
    : sql<string>`date(${instant}, '+8 hours')`;
}

/** Characters of a text after trimming spaces, tabs and line breaks at both ends (0 for null). */
export function trimmedLength(dialect: Dialect, text: Expression<unknown>): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`coalesce(length(btrim(${text}, E' \\t\\n\\r')), 0)`
    : sql<number>`coalesce(length(trim(${text}, char(32, 9, 10, 13))), 0)`;
}

/** A double on both dialects (PostgreSQL answers numeric, which the driver hands over as text, otherwise). */
export const asDouble = (value: Expression<unknown>): RawBuilder<number> =>
  sql<number>`cast(${value} as double precision)`;

/**
 * The columns a derived table needs for `quartile()`: each row's 1-based rank by value within its group, and the
 * group's size. `partition` null ranks all rows as one group.
 */
export function quantileRanks(
  partition: readonly Expression<unknown>[] | null,
  value: Expression<unknown>,
): [RawBuilder<number>, RawBuilder<number>] {
  const groups = partition?.length ? sql`partition by ${sql.join(partition)}` : sql``;
  return [
    sql<number>`row_number() over (${groups} order by ${value})`,
    sql<number>`count(*) over (${groups})`,
  ];
}

/**
 * The 1st, 2nd (median) or 3rd quartile of `value` over the rows of a group of a derived table that carries
 * `q_rank` and `q_count` (see quantileRanks): the value at position quarter × (n − 1) / 4, interpolated between
 * its neighbours. Integer arithmetic finds the neighbours identically on both dialects; null for an empty group.
 */
export function quartile(quarter: 1 | 2 | 3, value: Expression<unknown>): RawBuilder<number | null> {
  const scaled = sql`(${sql.lit(quarter)} * (q_count - 1))`;
  const fraction = sql`((${scaled} % 4) / 4.0)`;
  return sql<number | null>`cast(
    sum(case when q_rank - 1 = ${scaled} / 4 then ${value} * (1 - ${fraction}) else 0 end)
    + sum(case when q_rank - 1 = (${scaled} + 3) / 4 then ${value} * ${fraction} else 0 end)
    as double precision)`;
}
