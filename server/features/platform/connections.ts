/** Managing a tenant's platform connections: add, list, test now, enable/disable. */
import { recordAudit } from '@server/core/audit';
import type { Actor } from '@server/core/auth/actor';
import type { RootDb, TenantDb } from '@server/core/db';
import { findConnectionByExternalKey } from '@server/core/db/unscoped';
import { AppError, notFound } from '@server/core/errors';
import { authorize } from '@server/core/policy';
import { connectionProblemOf } from '@server/platforms/connection-problems';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { type PlatformClient, PlatformError } from '@server/platforms/types';
import type { Connection, connectionCreate } from '@shared/schemas/platform';
import type { z } from 'zod';
import { canManageConnections } from './policy';
import { presentConnection } from './present';
import {
  type ConnectionRow,
  findConnection,
  insertConnection,
  listConnectionRows,
  recordTest,
  setEnabled,
} from './repo';
import { openSettings, storeSettings } from './settings';

export async function addConnection(
  db: RootDb,
  tdb: TenantDb,
  actor: Actor,
  runtime: PlatformRuntime,
  input: z.output<typeof connectionCreate>,
): Promise<Connection> {
  authorize(canManageConnections(actor));
  if (input.baseUrl) await runtime.outbound.check(input.baseUrl, 'baseUrl');
  const stored = storeSettings(input, runtime.box);
  if (await findConnectionByExternalKey(db, stored.platform, stored.externalKey, stored.agentId)) {
    throw new AppError('CONNECTION_EXISTS');
  }
  const id = await tdb.transaction(async (tx) => {
    const connectionId = await insertConnection(tx, stored);
    await recordAudit(tx, actor, {
      action: 'connection.create',
      objectType: 'connection',
      objectId: connectionId,
    });
    return connectionId;
  });
  return presentConnection(await connectionRow(tdb, id), runtime);
}

export async function listConnections(tdb: TenantDb, actor: Actor, runtime: PlatformRuntime) {
  authorize(canManageConnections(actor));
  const rows = await listConnectionRows(tdb);
  return { items: rows.map((row) => presentConnection(row, runtime)), nextCursor: null };
}

/** "Fetch an access token now": proves the credentials and the network path, and records the outcome. */
export async function testConnection(
  tdb: TenantDb,
  actor: Actor,
  runtime: PlatformRuntime,
  connectionId: string,
): Promise<Connection> {
  authorize(canManageConnections(actor));
  const row = await connectionRow(tdb, connectionId);
  const client = runtime.clientFor(openSettings(row, runtime.box));
  // The token proves the credentials and the allow-listed IP; the JS-API ticket a second, permissioned API.
  const outcome = await probe(client, runtime.publicUrl).then(
    () => ({ ok: true, message: null, problem: null }),
    (error: unknown) => ({
      ok: false,
      message: describeFailure(error),
      problem: JSON.stringify(connectionProblemOf(error)),
    }),
  );
  await recordTest(tdb, connectionId, outcome);
  return presentConnection(await connectionRow(tdb, connectionId), runtime);
}

export async function setConnectionEnabled(
  tdb: TenantDb,
  actor: Actor,
  runtime: PlatformRuntime,
  connectionId: string,
  enabled: boolean,
): Promise<Connection> {
  authorize(canManageConnections(actor));
  await connectionRow(tdb, connectionId);
  await tdb.transaction(async (tx) => {
    await setEnabled(tx, connectionId, enabled);
    const action = enabled ? 'connection.enable' : 'connection.disable';
    await recordAudit(tx, actor, { action, objectType: 'connection', objectId: connectionId });
  });
  return presentConnection(await connectionRow(tdb, connectionId), runtime);
}

/** A connection of this tenant with a client ready to use, or 404. */
export async function connectedClient(
  tdb: TenantDb,
  runtime: PlatformRuntime,
  connectionId: string,
): Promise<{ row: ConnectionRow; client: PlatformClient }> {
  const row = await connectionRow(tdb, connectionId);
  return { row, client: runtime.clientFor(openSettings(row, runtime.box)) };
}

async function connectionRow(tdb: TenantDb, connectionId: string): Promise<ConnectionRow> {
  const row = await findConnection(tdb, connectionId);
  if (!row) throw notFound();
  return row;
}

async function probe(client: PlatformClient, publicUrl: string): Promise<void> {
  const token = await client.fetchAppToken();
  for (const kind of client.ticketKinds) await client.fetchTicket(token.value, kind);
  await client.checkConsoleSetup?.(token.value, publicUrl);
}

function describeFailure(error: unknown): string {
  if (error instanceof PlatformError) return `${error.kind} (${error.platformCode}): ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

/** Maps a platform failure met while serving a request onto our error model. */
export function asAppError(error: unknown): unknown {
  if (!(error instanceof PlatformError)) return error;
  const cause = { cause: error };
  if (error.kind === 'bad_code') return new AppError('PLATFORM_CODE_INVALID', undefined, cause);
  if (error.isRetryable) return new AppError('PLATFORM_UNAVAILABLE', undefined, cause);
  return new AppError('PLATFORM_REJECTED', undefined, cause);
}
