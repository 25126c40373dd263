/** Opens Kysely on SQLite (better-sqlite3) or PostgreSQL (pg): the only place the dialects differ at run time. */

import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  SqliteDriver,
  type SqliteStatement,
} from 'kysely';
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
  connection.exec(sqliteOptimize);
  const optimizing = setInterval(() => connection.exec(sqliteOptimize), optimizeEveryMs);
  optimizing.unref();
  const db = new Kysely<Database>({
    dialect: new QueuedSqliteDialect({ database: withStatementCache(connection) }),
  });
  return {
    db,
    dialect: 'sqlite',
    close: () => {
      clearInterval(optimizing);
      return db.destroy();
    },
  };
}

/**
 * SQLite's planner chooses indexes from statistics only ANALYZE gathers, and nothing gathers them by itself: without
 * them a tenant grown to a million visits could be read through the wrong index (issue #14). This analyzes the tables
 * whose statistics are missing or stale (in bounded time), as SQLite advises for a long-lived connection: when the
 * database opens and every few hours after.
 */
export const sqliteOptimize = 'pragma optimize=0x10002';
const optimizeEveryMs = 4 * 3_600_000;

/**
 * SQLite has one connection, and Kysely's lock wakes every waiting query each time it is released (all but one go
 * back to sleep): under 50 concurrent requests that churn cost more than the queries. Waiters here queue in order
 * and exactly one is woken, which also keeps a request from waiting behind later arrivals.
 */
class QueuedSqliteDriver extends SqliteDriver {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  override async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#held = true;
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

class QueuedSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];

  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }

  override createDriver(): SqliteDriver {
    return new QueuedSqliteDriver(this.#config);
  }
}

const statementCacheSize = 500;

/**
 * Kysely prepares every query anew, and on SQLite preparing costs more than running a small query;
 * reusing prepared statements by their SQL text roughly halves the database time of a request.
 */
function withStatementCache(connection: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => connection.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= statementCacheSize) statements.clear();
        statement = withRowsBuiltHere(connection.prepare(text));
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * better-sqlite3 builds each row object in native code one named property at a time, which costs about as much as
 * the query itself for a page of 20 wide rows (issue #14). Reading rows as arrays and naming their values here
 * gives the same objects (a repeated column name keeps its last value, as there) in well under half the time.
 */
function withRowsBuiltHere(statement: SQLite.Statement): SqliteStatement {
  if (!statement.reader) return statement as unknown as SqliteStatement;
  statement.raw(true);
  const toRow = rowBuilder(statement.columns().map((column) => column.name));
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(toRow),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toRow(values);
    },
  };
}

type RowBuilder = (values: unknown[]) => Record<string, unknown>;

/**
 * One object literal over the statement's columns, made once per prepared statement: V8 creates it whole with a
 * known shape, where naming the values one by one in a loop cost about a microsecond a row (issue #14). Each name is
 * quoted by JSON.stringify, so any column name is a valid key; a repeated name keeps its last value.
 */
function rowBuilder(names: string[]): RowBuilder {
  const fields = names.map((name, i) => `${JSON.stringify(name)}: values[${i}]`);
  return new Function('values', `return { ${fields.join(', ')} };`) as RowBuilder;
}

const int8Oid = 20;

function openPostgres(options: OpenOptions): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    // JIT compiling costs 40–60 ms on the dashboards' larger plans and saves less than that on queries this short.
    options: ['-c jit=off', options.schema ? `-c search_path=${options.schema}` : ''].join(' ').trim(),
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === int8Oid ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('connect', preparingOnce);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', schema: options.schema, close: () => db.destroy() };
}

/** Distinct statement texts given a name; the app has a few hundred, more means ids spelt into the SQL. */
const namedStatementLimit = 2_000;
const statementNames = new Map<string, string>();
const namedKinds = /^\s*(select|insert|update|delete|with)\b/i;

function statementName(text: string): string | undefined {
  const known = statementNames.get(text);
  if (known || statementNames.size >= namedStatementLimit || !namedKinds.test(text)) return known;
  const name = `fl_${createHash('sha1').update(text).digest('base64url')}`;
  statementNames.set(text, name);
  return name;
}

/**
 * PostgreSQL parses and plans every unnamed statement anew; a named one is parsed once per connection and then only
 * bound and run, which is most of the server's work for the app's small keyed queries.
 */
function preparingOnce(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (first: unknown, values?: unknown, ...rest: unknown[]) => {
    const name = typeof first === 'string' && Array.isArray(values) ? statementName(first) : undefined;
    return name ? query({ name, text: first, values }, ...rest) : query(first, values, ...rest);
  };
}
