/** What the rest of the server may use of the database layer. */

export type { Expression, Selectable, SqlBool } from 'kysely';
export { sql } from 'kysely';
export type { RootDb } from './connection';
export { type DatabaseHandle, type Dialect, openDatabase, sqliteOptimize } from './connection';
export {
  asDouble,
  daysBetweenDates,
  daysBetweenInstants,
  localDayOf,
  quantileRanks,
  quartile,
  trimmedLength,
} from './figures';
export {
  afterCursor,
  type Cursor,
  containsPattern,
  type KeysetOrder,
  likeEscaped,
  pageOf,
  seekPage,
} from './keyset';
export { migrateToLatest, pendingMigrations } from './migrate';
export { onSameTenant } from './same-tenant';
export type { Database } from './schema';
export { TenantDb } from './tenant-db';
export { updateAtVersion } from './versioned';
