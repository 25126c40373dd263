/** SQL for platform connections, role mappings and the callback inbox. */
import type { TenantDb } from '@server/core/db';
import { newId, nowIso } from '@server/core/ids';
import type { StoredSettings } from './settings';

export type ConnectionRow = NonNullable<Awaited<ReturnType<typeof findConnection>>>;

export function findConnection(tdb: TenantDb, connectionId: string) {
  return tdb.selectFrom('platform_connections').selectAll().where('id', '=', connectionId).executeTakeFirst();
}

export function listConnectionRows(tdb: TenantDb) {
  return tdb.selectFrom('platform_connections').selectAll().orderBy('created_at').orderBy('id').execute();
}

export async function insertConnection(tdb: TenantDb, settings: StoredSettings): Promise<string> {
  const id = newId();
  const now = nowIso();
  await tdb
    .insertInto('platform_connections', {
      id,
      platform: settings.platform,
      external_key: settings.externalKey,
      agent_id: settings.agentId,
      public_settings: JSON.stringify(settings.publicSettings),
      secret_settings: settings.secretSettings,
      enabled: 1,
      last_test_ok: null,
      last_test_at: null,
      last_test_message: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function recordTest(
  tdb: TenantDb,
  connectionId: string,
  result: { ok: boolean; message: string | null; problem: string | null },
): Promise<void> {
  const now = nowIso();
  await tdb
    .updateTable('platform_connections')
    .set({
      last_test_ok: result.ok ? 1 : 0,
      last_test_at: now,
      last_test_message: result.message,
      last_test_problem: result.problem,
      updated_at: now,
    })
    .where('id', '=', connectionId)
    .execute();
}

export async function setEnabled(tdb: TenantDb, connectionId: string, enabled: boolean): Promise<void> {
  await tdb
    .updateTable('platform_connections')
    .set({ enabled: enabled ? 1 : 0, updated_at: nowIso() })
    .where('id', '=', connectionId)
    .execute();
}

export function findMappedRoles(
  tdb: TenantDb,
  connectionId: string,
  userExternalId: string,
  departmentIds: string[],
) {
  return tdb
    .selectFrom('platform_role_mappings')
    .select(['subject', 'external_id', 'role'])
    .where('connection_id', '=', connectionId)
    .where((eb) =>
      eb.or([
        eb.and([eb('subject', '=', 'user'), eb('external_id', '=', userExternalId)]),
        ...(departmentIds.length > 0
          ? [eb.and([eb('subject', '=', 'department'), eb('external_id', 'in', departmentIds)])]
          : []),
      ]),
    )
    .execute();
}

/** Records a callback event once; answers false when the platform re-delivered one we already have. */
export async function recordCallbackEvent(
  tdb: TenantDb,
  connectionId: string,
  event: { id: string; type: string; data: unknown },
): Promise<boolean> {
  const result = await tdb
    .insertInto('callback_inbox', {
      id: newId(),
      connection_id: connectionId,
      event_id: event.id,
      type: event.type,
      payload: JSON.stringify(event.data),
      received_at: nowIso(),
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'connection_id', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findEnabledConnectionIds(tdb: TenantDb): Promise<Set<string>> {
  const rows = await tdb.selectFrom('platform_connections').select('id').where('enabled', '=', 1).execute();
  return new Set(rows.map((row) => row.id));
}

export async function updatePublicSettings(
  tdb: TenantDb,
  connectionId: string,
  settings: Record<string, string | null>,
): Promise<void> {
  await tdb
    .updateTable('platform_connections')
    .set({ public_settings: JSON.stringify(settings), updated_at: nowIso() })
    .where('id', '=', connectionId)
    .execute();
}

export function listRoleMappingRows(tdb: TenantDb, connectionId: string) {
  return tdb
    .selectFrom('platform_role_mappings')
    .selectAll()
    .where('connection_id', '=', connectionId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One role per department or person: mapping the same one again replaces its role (and its name, if given). */
export async function upsertRoleMapping(
  tdb: TenantDb,
  connectionId: string,
  mapping: { subject: string; externalId: string; name?: string | undefined; role: string },
): Promise<void> {
  const name = mapping.name ?? null;
  await tdb
    .insertInto('platform_role_mappings', {
      id: newId(),
      connection_id: connectionId,
      subject: mapping.subject,
      external_id: mapping.externalId,
      external_name: name,
      role: mapping.role,
      created_at: nowIso(),
    })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'connection_id', 'subject', 'external_id'])
        .doUpdateSet(name ? { role: mapping.role, external_name: name } : { role: mapping.role }),
    )
    .execute();
}

export async function deleteRoleMapping(
  tdb: TenantDb,
  connectionId: string,
  mappingId: string,
): Promise<boolean> {
  const result = await tdb
    .deleteFrom('platform_role_mappings')
    .where('connection_id', '=', connectionId)
    .where('id', '=', mappingId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
