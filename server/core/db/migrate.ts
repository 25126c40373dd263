/** Runs and inspects the ordered migrations, recorded by Kysely in kysely_migration. */
import { Migrator } from 'kysely';
import type { DatabaseHandle } from './connection';
import { migrations } from './migrations';

type Target = Pick<DatabaseHandle, 'db' | 'schema'>;

/** Kysely looks for its bookkeeping tables by name in every schema, so name ours when it is not the default. */
function migratorFor({ db, schema }: Target): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
}

export async function migrateToLatest(target: Target): Promise<string[]> {
  const { error, results } = await migratorFor(target).migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function pendingMigrations(target: Target): Promise<string[]> {
  const all = await migratorFor(target).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
