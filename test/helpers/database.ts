/** A fresh database per test file: in-memory SQLite, or its own schema in the PostgreSQL of DATABASE_URL. */
import { randomBytes } from 'node:crypto';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '@server/core/db';
import pg from 'pg';

export const testDatabaseUrl = process.env.DATABASE_URL?.startsWith('postgres')
  ? process.env.DATABASE_URL
  : null;
export const dialectUnderTest = testDatabaseUrl ? 'postgres' : 'sqlite';

export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (!testDatabaseUrl) {
    const database = openDatabase({ url: 'sqlite::memory:' });
    await migrateToLatest(database);
    return database;
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(testDatabaseUrl, (client) => client.query(`create schema ${schema}`));
  const database = openDatabase({ url: testDatabaseUrl, schema, poolSize: 4 });
  await migrateToLatest(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdminClient(testDatabaseUrl, (client) => client.query(`drop schema ${schema} cascade`));
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
