/** Requirements: the pool, its mentions, followers, decisions, merges and commitments. */
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
