/** Optimistic concurrency: a change applies only to the version the person saw, and moves the row to the next one. */
import type { Updateable } from 'kysely';
import type { Database } from './schema';
import type { TenantDb } from './tenant-db';

type Versioned = {
  [T in keyof Database]: Database[T] extends { id: string; version: number } ? T : never;
}[keyof Database] &
  Exclude<keyof Database, 'tenants'>;

/** Applies `changes` only if the row is still at `version`; answers whether it was. */
export async function updateAtVersion<T extends Versioned>(
  tdb: TenantDb,
  table: T,
  id: string,
  version: number,
  changes: Updateable<Database[T]>,
): Promise<boolean> {
  const result = await tdb
    .updateTable(table)
    .set({ ...changes, version: version + 1 } as never)
    .where('id' as never, '=', id as never)
    .where('version' as never, '=', version as never)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
