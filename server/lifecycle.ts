/** Opening the database for a run of the server or a command: open, migrate, optionally seed the demo. */
import type { Config } from './config';
import { type DatabaseHandle, migrateToLatest, openDatabase } from './core/db';
import type { Logger } from './core/log';
import { seedDemoOnce } from './demo/seed';

export async function prepareDatabase(config: Config, log: Logger): Promise<DatabaseHandle> {
  const database = openDatabase({ url: config.databaseUrl });
  const applied = await migrateToLatest(database);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  if (config.seedDemo && (await seedDemoOnce(database.db))) log.info('demo tenants seeded');
  return database;
}
