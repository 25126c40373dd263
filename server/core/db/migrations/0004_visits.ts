/** Visits: the rep's customer visits, check-ins, participants, attendees and photos. */
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
