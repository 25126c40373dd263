/** Keyset ("seek") pagination: stable under inserts, fast at any depth, identical on SQLite and PostgreSQL. */
import { type Expression, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { AppError } from '../errors';

export interface KeysetOrder {
  /** The sort expression, e.g. sql.ref('customers.updated_at'). Must never be null. */
  key: Expression<unknown>;
  /** What the sort expression holds; a cursor whose key is of another type cannot be compared with it. */
  keyType: 'text' | 'number';
  /** The tie-breaker, a unique text column such as the id. */
  id: Expression<unknown>;
  direction: 'asc' | 'desc';
}

/** Rows strictly after the cursor's (key, id) in the given order; a cursor of another order answers 400. */
export function afterCursor(order: KeysetOrder, cursor: readonly (string | number)[]): RawBuilder<SqlBool> {
  const [keyValue, idValue] = cursor;
  if (!fitsOrder(order, cursor)) throw new AppError('VALIDATION_FAILED', { cursor: 'validation.invalid' });
  const comparison = order.direction === 'asc' ? sql`>` : sql`<`;
  return sql<SqlBool>`(${order.key}, ${order.id}) ${comparison} (${typed(keyValue)}, ${typed(idValue)})`;
}

export type Cursor = (string | number)[];

/** One page of `select` in `order`, after `cursor`: one row more than `limit` is read to know whether more follow. */
export function seekPage<DB, TB extends keyof DB, O>(
  select: SelectQueryBuilder<DB, TB, O>,
  order: KeysetOrder,
  page: { limit: number; cursor?: Cursor | undefined },
): SelectQueryBuilder<DB, TB, O> {
  const after = page.cursor ? select.where(afterCursor(order, page.cursor)) : select;
  return after
    .orderBy(order.key as never, order.direction)
    .orderBy(order.id as never, order.direction)
    .limit(page.limit + 1);
}

/** The rows a page shows and the cursor of the next page (null on the last one), from `seekPage`'s extra row. */
export function pageOf<R>(
  rows: R[],
  limit: number,
  cursorOf: (row: R) => Cursor,
): { rows: R[]; nextCursor: Cursor | null } {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return { rows: shown, nextCursor: rows.length > limit && last ? cursorOf(last) : null };
}

/** A cursor this order made: its key of the order's type (a finite number for numbers) and a text tie-breaker. */
function fitsOrder(order: KeysetOrder, cursor: readonly (string | number)[]): boolean {
  const [keyValue, idValue] = cursor;
  const keyFits = order.keyType === 'number' ? Number.isFinite(keyValue) : typeof keyValue === 'string';
  return cursor.length === 2 && keyFits && typeof idValue === 'string';
}

/** PostgreSQL cannot infer a bare parameter's type inside a row comparison, so say it. */
function typed(value: string | number | undefined): RawBuilder<unknown> {
  return typeof value === 'number'
    ? sql`cast(${value} as double precision)`
    : sql`cast(${value ?? ''} as text)`;
}

/** A LIKE pattern that matches `text` anywhere, with LIKE's wildcards in `text` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function likeEscaped(column: Expression<unknown>, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${column} like ${pattern} escape '\\'`;
}
