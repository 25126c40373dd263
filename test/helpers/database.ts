/** A fresh database per test file: in-memory SQLite, or its own schema in the PostgreSQL of DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '@server/core/db';
import { migrations } from '@server/core/db/migrations';
import { Migrator } from 'kysely';
import pg from 'pg';

export const testDatabaseUrl = process.env.DATABASE_URL?.startsWith('postgres')
  ? process.env.DATABASE_URL
  : null;
export const dialectUnderTest = testDatabaseUrl ? 'postgres' : 'sqlite';

export interface TestDatabaseOptions {
  /** Stop after this migration, to fill in rows of an older schema before migrating the rest of the way. */
  migratedUpTo?: string;
}

export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<DatabaseHandle> {
  if (!testDatabaseUrl) {
    const database = openDatabase({ url: 'sqlite::memory:' });
    await migrate(database, options);
    return database;
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(testDatabaseUrl, (client) => client.query(`create schema ${schema}`));
  const database = openDatabase({ url: testDatabaseUrl, schema, poolSize: 4 });
  await migrate(database, options);
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminClient(testDatabaseUrl, (client) => client.query(`drop schema ${schema} cascade`));
    },
  };
}

async function migrate(database: DatabaseHandle, { migratedUpTo }: TestDatabaseOptions): Promise<void> {
  if (!migratedUpTo) {
    await migrateToLatest(database);
    return;
  }
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    ...(database.schema ? { migrationTableSchema: database.schema } : {}),
  });
  const { error } = await migrator.migrateTo(migratedUpTo);
  if (error) throw error;
}

export interface SharedTestDatabase {
  /** One handle per app instance. */
  handles: DatabaseHandle[];
  close(): Promise<void>;
}

/**
 * One fresh database that several app instances serve at once, as a deployment behind a load balancer does. On
 * PostgreSQL each instance gets its own pool on one schema. SQLite is embedded: one process holds one connection,
 * which the instances share (two in-process connections to one file would block each other's event loop).
 */
export async function openSharedTestDatabase(instances: number): Promise<SharedTestDatabase> {
  const first = await openTestDatabase();
  if (!testDatabaseUrl || !first.schema) return { handles: Array(instances).fill(first), close: first.close };
  const url = testDatabaseUrl;
  const others = Array.from({ length: instances - 1 }, () =>
    openDatabase({ url, schema: first.schema, poolSize: 4 }),
  );
  return {
    handles: [first, ...others],
    close: async () => {
      for (const other of others) await other.close();
      await first.close();
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
