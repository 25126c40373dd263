/** Opens Kysely on SQLite (better-sqlite3) or PostgreSQL (pg): the only place the dialects differ at run time. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SqliteDatabase, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export type RootDb = Kysely<Database>;

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The PostgreSQL schema in use when not the default one. */
  schema?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** `sqlite:PATH`, `sqlite::memory:` or `postgres://…`. */
  url: string;
  /** PostgreSQL schema to use as search_path (tests give each file its own). */
  schema?: string;
  poolSize?: number;
}

export function openDatabase(options: OpenOptions): DatabaseHandle {
  return options.url.startsWith('sqlite:')
    ? openSqlite(options.url.slice('sqlite:'.length))
    : openPostgres(options);
}

function openSqlite(path: string): DatabaseHandle {
  const inMemory = path === ':memory:';
  if (!inMemory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const connection = new SQLite(inMemory ? ':memory:' : path);
  if (!inMemory) connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(connection) }),
  });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

const statementCacheSize = 500;

/**
 * Kysely prepares every query anew, and on SQLite preparing costs more than running a small query;
 * reusing prepared statements by their SQL text roughly halves the database time of a request.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= statementCacheSize) statements.clear();
        statement = connection.prepare(text);
        statements.set(text, statement);
      }
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}

const int8Oid = 20;

function openPostgres(options: OpenOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8Oid ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', schema: options.schema, close: () => db.destroy() };
}
