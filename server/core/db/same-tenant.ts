/** Joins that match the tenant as well as the id, so a row can never be joined to another tenant's row. */
import type { JoinBuilder } from 'kysely';

function tableOf(reference: string): string {
  return reference.slice(0, reference.lastIndexOf('.'));
}

/** `.innerJoin('users', onSameTenant('users.id', 'visits.owner_id'))`: id and tenant both match. */
export function onSameTenant<DB, TB extends keyof DB>(
  joined: string,
  from: string,
): (join: JoinBuilder<DB, TB>) => JoinBuilder<DB, TB> {
  return (join) =>
    join
      .onRef(joined as never, '=', from as never)
      .onRef(`${tableOf(joined)}.tenant_id` as never, '=', `${tableOf(from)}.tenant_id` as never);
}
