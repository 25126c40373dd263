/**
 * The only door repositories have to the database: every select, update and delete is filtered by the bound
 * tenant and every insert is stamped with it, so a repository cannot forget the tenant.
 */
import {
  type AliasedSelectQueryBuilder,
  type DeleteQueryBuilder,
  type DeleteResult,
  type Insertable,
  type Kysely,
  PostgresAdapter,
  type SelectQueryBuilder,
  type Transaction,
  type UpdateQueryBuilder,
  type UpdateResult,
} from 'kysely';
import type { Dialect } from './connection';
import type { Database, TableName } from './schema';

type TenantScoped = Exclude<TableName, 'tenants'>;
type Row<T extends TenantScoped> = Omit<Insertable<Database[T]>, 'tenant_id'>;
/** The same database seen without table types, so one generic method can add the tenant filter to any table. */
type Untyped = Kysely<Record<string, { tenant_id: string }>>;

export class TenantDb {
  constructor(
    private readonly db: Kysely<Database>,
    readonly tenantId: string,
    private readonly inTransaction = false,
  ) {}

  selectFrom<T extends TenantScoped>(table: T): SelectQueryBuilder<Database, T, object> {
    return this.untyped
      .selectFrom(table as string)
      .where(`${table as string}.tenant_id`, '=', this.tenantId) as never;
  }

  /**
   * Selects from a derived table (a ranking for medians, say). The derived query must itself come from this
   * TenantDb, so it is already filtered by the tenant.
   */
  selectFromDerived<O, A extends string>(
    derived: AliasedSelectQueryBuilder<O, A>,
  ): SelectQueryBuilder<Database & Record<A, O>, A, object> {
    return (this.db as Kysely<Database & Record<A, O>>).selectFrom(derived as never) as never;
  }

  /** Which SQL the figures in core/db/figures.ts must speak. */
  get dialect(): Dialect {
    return this.db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
  }

  insertInto<T extends TenantScoped>(table: T, rows: Row<T> | Row<T>[]) {
    const stamped = (Array.isArray(rows) ? rows : [rows]).map((row) => ({
      ...row,
      tenant_id: this.tenantId,
    }));
    return this.db.insertInto(table).values(stamped as never);
  }

  updateTable<T extends TenantScoped>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult> {
    return this.untyped
      .updateTable(table as string)
      .where(`${table as string}.tenant_id`, '=', this.tenantId) as never;
  }

  deleteFrom<T extends TenantScoped>(table: T): DeleteQueryBuilder<Database, T, DeleteResult> {
    return this.untyped
      .deleteFrom(table as string)
      .where(`${table as string}.tenant_id`, '=', this.tenantId) as never;
  }

  /** Runs `work` in one transaction; nested calls join the outer one. Never await network calls inside. */
  transaction<R>(work: (tx: TenantDb) => Promise<R>): Promise<R> {
    if (this.inTransaction) return work(this);
    return this.db
      .transaction()
      .execute((trx: Transaction<Database>) => work(new TenantDb(trx, this.tenantId, true)));
  }

  /**
   * Holds the tenant's row until the transaction ends, so work that decides what is new from what it reads (an
   * import matching rows to existing customers) runs one at a time per tenant. PostgreSQL makes a second holder
   * wait; SQLite runs one transaction at a time anyway. The update changes nothing and does not block inserts.
   */
  async lockTenant(): Promise<void> {
    if (!this.inTransaction) throw new Error('lockTenant() holds the lock only inside a transaction');
    await this.db
      .updateTable('tenants')
      .set((eb) => ({ name: eb.ref('name') }))
      .where('tenant_id', '=', this.tenantId)
      .execute();
  }

  private get untyped(): Untyped {
    return this.db as unknown as Untyped;
  }
}
