/** Keyset ("seek") pagination: stable under inserts, fast at any depth, identical on SQLite and PostgreSQL. */
import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';

export interface KeysetOrder {
  /** The sort expression, e.g. sql.ref('customers.updated_at'). Must never be null. */
  key: Expression<unknown>;
  /** The tie-breaker, a unique column such as the id. */
  id: Expression<unknown>;
  direction: 'asc' | 'desc';
}

/** Rows strictly after the cursor's (key, id) in the given order. */
export function afterCursor(order: KeysetOrder, cursor: readonly (string | number)[]): RawBuilder<SqlBool> {
  const [keyValue, idValue] = cursor;
  const comparison = order.direction === 'asc' ? sql`>` : sql`<`;
  return sql<SqlBool>`(${order.key}, ${order.id}) ${comparison} (${typed(keyValue)}, ${typed(idValue)})`;
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
