/** Runs and inspects the ordered migrations, recorded by Kysely in kysely_migration. */
import { type Kysely, Migrator } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './schema';

function migratorFor(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(db: Kysely<Database>): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
