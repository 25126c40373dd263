/** Who did what to which object, written in the same transaction as the change. */
import type { Actor } from './auth/actor';
import type { TenantDb } from './db';
import { newId, nowIso } from './ids';

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId: string;
  data?: Record<string, unknown>;
}

export async function recordAudit(tdb: TenantDb, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await tdb
    .insertInto('audit_events', {
      id: newId(),
      actor_id: actor?.userId ?? null,
      action: entry.action,
      object_type: entry.objectType,
      object_id: entry.objectId,
      data: JSON.stringify(entry.data ?? {}),
      at: nowIso(),
    })
    .execute();
}
