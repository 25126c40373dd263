/**
 * Cross-tenant queries of the DingTalk Stream supervisor: which enabled connections take their events over Stream,
 * and the lease that lets one server instance at a time hold a connection's WebSocket. Taking or renewing a lease is
 * one conditional write (free, lapsed, or already ours), so two instances never both win it.
 */
import type { RootDb } from './connection';

export interface StreamConnectionRef {
  connectionId: string;
  tenantId: string;
}

export async function listStreamConnections(db: RootDb): Promise<StreamConnectionRef[]> {
  const rows = await db
    .selectFrom('platform_connections')
    .select(['id', 'tenant_id', 'public_settings'])
    .where('platform', '=', 'dingtalk')
    .where('enabled', '=', 1)
    .execute();
  return rows
    .filter((row) => (JSON.parse(row.public_settings) as { events?: string }).events === 'stream')
    .map((row) => ({ connectionId: row.id, tenantId: row.tenant_id }));
}

/** Takes the connection's lease until `leaseUntil` if it is free, lapsed or already this holder's. */
export async function tryHoldStream(
  db: RootDb,
  ref: StreamConnectionRef,
  at: { holder: string; now: number; leaseUntil: number },
): Promise<boolean> {
  await db
    .insertInto('platform_stream_leases')
    .values({ tenant_id: ref.tenantId, connection_id: ref.connectionId, holder: at.holder, lease_until: 0 })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'connection_id']).doNothing())
    .execute();
  const result = await db
    .updateTable('platform_stream_leases')
    .set({ holder: at.holder, lease_until: at.leaseUntil })
    .where('tenant_id', '=', ref.tenantId)
    .where('connection_id', '=', ref.connectionId)
    .where((eb) => eb.or([eb('holder', '=', at.holder), eb('lease_until', '<', at.now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the lease up at once (shutdown), so another instance need not wait for it to lapse. */
export async function releaseStream(db: RootDb, ref: StreamConnectionRef, holder: string): Promise<void> {
  await db
    .updateTable('platform_stream_leases')
    .set({ lease_until: 0 })
    .where('tenant_id', '=', ref.tenantId)
    .where('connection_id', '=', ref.connectionId)
    .where('holder', '=', holder)
    .execute();
}
