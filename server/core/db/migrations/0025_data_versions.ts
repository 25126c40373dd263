/**
 * A version per tenant, bumped by the database itself whenever a row of the tenant changes, so an app instance may
 * keep an answer it gave while the version it read before answering has not moved (issue #14). Triggers rather than
 * application code, so no write path can forget it, on any instance. On PostgreSQL the bump is a deferred
 * constraint trigger that runs at commit, so the version row is locked only for the commit and writers of one tenant
 * do not queue behind each other's whole transactions. Its WHEN lets only a transaction's first change of a tenant
 * queue the bump: PostgreSQL walks every queued deferred event at the end of each statement, so one event per row
 * made a transaction of many inserts quadratic. Frozen once landed: a table added later gets its triggers from
 * `addDataVersionTriggers` in its own migration.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

/** Bookkeeping no cached answer shows: sign-ins, rate windows, platform tokens, queues and inboxes. */
export const tablesWithoutDataVersion = [
  'tenant_data_versions',
  'sessions',
  'session_changes',
  'sign_in_links',
  'api_token_windows',
  'platform_tokens',
  'platform_stream_leases',
  'outbox',
  'callback_inbox',
] as const;

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Each change and the row that names its tenant. */
const rowEvents = [
  ['insert', 'new'],
  ['update', 'new'],
  ['delete', 'old'],
] as const;

export async function addDataVersionTriggers(db: Kysely<any>, table: string): Promise<void> {
  if (isPostgres(db)) {
    for (const [event, row] of rowEvents) {
      await sql`
        create constraint trigger ${sql.id(`${table}_data_version_${event}`)}
        after ${sql.raw(event)} on ${sql.table(table)}
        deferrable initially deferred
        for each row when (fieldloop_first_change(${sql.raw(row)}.tenant_id))
        execute function fieldloop_data_changed()
      `.execute(db);
    }
    return;
  }
  for (const [event, row] of rowEvents) {
    await sql`
      create trigger ${sql.id(`${table}_data_version_${event}`)}
      after ${sql.raw(event)} on ${sql.table(table)}
      begin
        insert into tenant_data_versions (tenant_id, version) values (${sql.raw(row)}.tenant_id, 1)
        on conflict (tenant_id) do update set version = version + 1;
      end
    `.execute(db);
  }
}

async function postgresBumpFunctions(db: Kysely<any>): Promise<void> {
  // A transaction-local setting marks a tenant whose bump is queued; a rolled-back savepoint takes it back with the
  // event it queued.
  await sql`
    create function fieldloop_first_change(changed text) returns boolean language plpgsql as $$
    declare
      marker text := 'fieldloop.changed_' || md5(changed);
    begin
      if coalesce(current_setting(marker, true), '') = '1' then
        return false;
      end if;
      perform set_config(marker, '1', true);
      return true;
    end
    $$
  `.execute(db);
  await sql`
    create function fieldloop_data_changed() returns trigger language plpgsql as $$
    declare
      changed text;
    begin
      if tg_op = 'DELETE' then changed := old.tenant_id; else changed := new.tenant_id; end if;
      insert into tenant_data_versions (tenant_id, version) values (changed, 1)
      on conflict (tenant_id) do update set version = tenant_data_versions.version + 1;
      return null;
    end
    $$
  `.execute(db);
}

/** The tables of the schema in use: PostgreSQL's introspection lists every schema's (tests give each file its own). */
async function tablesHere(db: Kysely<any>) {
  const tables = await db.introspection.getTables();
  if (!isPostgres(db)) return tables;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return tables.filter((table) => table.schema === rows[0]?.schema);
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tenant_data_versions')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  if (isPostgres(db)) await postgresBumpFunctions(db);
  const tables = await tablesHere(db);
  const skipped: readonly string[] = tablesWithoutDataVersion;
  for (const table of tables) {
    if (skipped.includes(table.name) || !table.columns.some((column) => column.name === 'tenant_id'))
      continue;
    await addDataVersionTriggers(db, table.name);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of await tablesHere(db)) {
    for (const [event] of rowEvents) {
      const trigger = sql.id(`${table.name}_data_version_${event}`);
      if (isPostgres(db))
        await sql`drop trigger if exists ${trigger} on ${sql.table(table.name)}`.execute(db);
      else await sql`drop trigger if exists ${trigger}`.execute(db);
    }
  }
  if (isPostgres(db)) {
    await sql`drop function if exists fieldloop_data_changed()`.execute(db);
    await sql`drop function if exists fieldloop_first_change(text)`.execute(db);
  }
  await db.schema.dropTable('tenant_data_versions').execute();
}
