/** What the rest of the server may use of the database layer. */

export type { Selectable } from 'kysely';
export { sql } from 'kysely';
export type { RootDb } from './connection';
export { type DatabaseHandle, type Dialect, openDatabase } from './connection';
export { afterCursor, containsPattern, type KeysetOrder, likeEscaped } from './keyset';
export { migrateToLatest, pendingMigrations } from './migrate';
export type { Database } from './schema';
export { TenantDb } from './tenant-db';
