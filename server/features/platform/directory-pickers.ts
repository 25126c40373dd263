/**
 * The role-mapping pickers: a connection's departments and people from the platform's own directory, by name. A
 * refusal for lack of contact permission is an answer (`denied`), and people then come from those who already
 * signed in through the connection.
 */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { authorize } from '@server/core/policy';
import type { PlatformRuntime } from '@server/platforms/runtime';
import { withAppToken } from '@server/platforms/tokens';
import type { DirectoryDepartments, DirectoryPeople } from '@shared/schemas/platform';
import { peopleSignedInThrough } from '../users/service';
import { asAppError, connectedClient } from './connections';
import { canManageConnections } from './policy';

const peopleLimit = 20;

export async function directoryDepartments(
  tdb: TenantDb,
  actor: Actor,
  runtime: PlatformRuntime,
  connectionId: string,
  parentId: string | undefined,
): Promise<DirectoryDepartments> {
  authorize(canManageConnections(actor));
  const { row, client } = await connectedClient(tdb, runtime, connectionId);
  const { directory } = client;
  const parent = parentId ?? directory.rootDepartmentId;
  const listing = await withAppToken(runtime.tokens, tdb, { id: row.id, client }, (token) =>
    directory.listDepartments(token, parent),
  ).catch((error: unknown) => {
    throw asAppError(error);
  });
  return { parentId: parent, isRoot: parent === directory.rootDepartmentId, ...listing };
}

export async function directoryPeople(
  tdb: TenantDb,
  actor: Actor,
  runtime: PlatformRuntime,
  connectionId: string,
  query: string,
): Promise<DirectoryPeople> {
  authorize(canManageConnections(actor));
  const { row, client } = await connectedClient(tdb, runtime, connectionId);
  const listing = await withAppToken(runtime.tokens, tdb, { id: row.id, client }, (token) =>
    client.directory.searchPeople(token, query),
  ).catch((error: unknown) => {
    throw asAppError(error);
  });
  if (!listing.denied) return { ...listing, fromSignIns: false };
  const signedIn = await peopleSignedInThrough(tdb, row.id, query, peopleLimit);
  return {
    items: signedIn.map((person) => ({ id: person.externalId, name: person.name })),
    denied: true,
    fromSignIns: true,
  };
}
