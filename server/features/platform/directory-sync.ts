/**
 * Applies directory events after the callback has been answered, through the outbox (so a platform outage or a
 * crash delays them, never loses them): people who left are deactivated, changed people are re-read.
 */
import { recordAudit } from '@server/core/audit';
import { type RootDb, TenantDb } from '@server/core/db';
import { enqueue } from '@server/core/outbox/enqueue';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { withAppToken } from '@server/platforms/tokens';
import { PlatformError, type PlatformEvent } from '@server/platforms/types';
import { deactivatePerson, personIdForIdentity, refreshPerson } from '../users/service';
import { connectedClient } from './connections';
import type { DirectoryEvent } from './directory-events';

export const directoryEventKind = 'platform_directory_event';

interface DirectoryPayload {
  connectionId: string;
  event: Extract<DirectoryEvent, { kind: 'left' | 'changed' }>;
}

export async function queueDirectoryEvent(
  tx: TenantDb,
  connectionId: string,
  source: PlatformEvent,
  event: DirectoryPayload['event'],
): Promise<void> {
  const payload: DirectoryPayload = { connectionId, event };
  await enqueue(tx, {
    kind: directoryEventKind,
    dedupeKey: `${directoryEventKind}:${connectionId}:${source.id}`,
    orderingKey: `directory:${connectionId}`,
    payload,
  });
}

export function directoryEventHandler(db: RootDb, runtime: PlatformRuntime) {
  return async (tenantId: string, payload: unknown) => {
    const { connectionId, event } = payload as DirectoryPayload;
    const tdb = new TenantDb(db, tenantId);
    const { row, client } = await connectedClient(tdb, runtime, connectionId);
    const applied: string[] = [];
    for (const externalId of event.externalIds) {
      const userId = await personIdForIdentity(tdb, row.id, externalId);
      if (!userId) continue;
      if (event.kind === 'left') {
        await deactivatePerson(tdb, userId);
        await recordAudit(tdb, null, {
          action: 'user.deactivate',
          objectType: 'user',
          objectId: userId,
          data: { via: row.platform },
        });
      } else {
        const profile = await withAppToken(runtime.tokens, tdb, { id: row.id, client }, (token) =>
          client.fetchProfile(token, externalId),
        ).catch((error: unknown) => {
          // Someone the directory no longer shows is handled by their own "left" event.
          if (error instanceof PlatformError && error.kind === 'rejected') return null;
          throw error;
        });
        if (profile) await refreshPerson(tdb, userId, profile);
      }
      applied.push(userId);
    }
    return { applied };
  };
}
