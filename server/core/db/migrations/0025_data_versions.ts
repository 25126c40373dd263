/**
 * A version per tenant, bumped by the database itself whenever a row of the tenant changes, so an app instance may
 * keep an answer it gave while the version it read before answering has not moved (issue #14). Triggers rather than
 * application code, so no write path can forget it, on any instance. On PostgreSQL the bump is a deferred
 * constraint trigger that runs once per tenant per transaction, at commit: the version row is locked only for the
 * commit, so writers of one tenant do not queue behind each other's whole transactions. Frozen once landed: a table
 * added later gets its triggers from `addDataVersionTriggers` in its own migration.
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

export async function addDataVersionTriggers(db: Kysely<any>, table: string): Promise<void> {
  if (isPostgres(db)) {
    await sql`
      create constraint trigger ${sql.id(`${table}_data_version`)}
      after insert or update or delete on ${sql.table(table)}
      deferrable initially deferred
      for each row execute function fieldloop_data_changed()
    `.execute(db);
    return;
  }
  for (const [event, row] of [
    ['insert', 'new'],
    ['update', 'new'],
    ['delete', 'old'],
  ] as const) {
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

async function postgresBumpFunction(db: Kysely<any>): Promise<void> {
  // The marker is a transaction-local setting, so a transaction writing ten thousand rows bumps the version once.
  await sql`
    create function fieldloop_data_changed() returns trigger language plpgsql as $$
    declare
      changed text;
      marker text;
    begin
      if tg_op = 'DELETE' then changed := old.tenant_id; else changed := new.tenant_id; end if;
      marker := 'fieldloop.changed_' || md5(changed);
      if coalesce(current_setting(marker, true), '') <> '1' then
        perform set_config(marker, '1', true);
        insert into tenant_data_versions (tenant_id, version) values (changed, 1)
        on conflict (tenant_id) do update set version = tenant_data_versions.version + 1;
      end if;
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
  if (isPostgres(db)) await postgresBumpFunction(db);
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
    if (isPostgres(db)) {
      await sql`drop trigger if exists ${sql.id(`${table.name}_data_version`)} on ${sql.table(table.name)}`.execute(
        db,
      );
    } else {
      for (const event of ['insert', 'update', 'delete']) {
        await sql`drop trigger if exists ${sql.id(`${table.name}_data_version_${event}`)}`.execute(db);
      }
    }
  }
  if (isPostgres(db)) await sql`drop function if exists fieldloop_data_changed()`.execute(db);
  await db.schema.dropTable('tenant_data_versions').execute();
}
