/** What the rest of the server may use of the database layer. */
export { sql } from 'kysely';
export type { Selectable } from 'kysely';
export { type DatabaseHandle, type Dialect, openDatabase } from './connection';
export { migrateToLatest, pendingMigrations } from './migrate';
export type { Database } from './schema';
export { TenantDb } from './tenant-db';
export type { RootDb } from './connection';
export { afterCursor, containsPattern, type KeysetOrder, likeEscaped } from './keyset';
