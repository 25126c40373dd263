/** Platform connections (admins): list, add, test now, enable/disable, role mappings and the directory they pick from. */

import { apiDelete, apiGet, apiPost } from '@miniapp/lib/api-client';
import type {
  Connection,
  connectionCreate,
  DirectoryDepartments,
  DirectoryPeople,
  RoleMapping,
  roleMappingCreate,
} from '@shared/schemas/platform';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

export type ConnectionCreateBody = z.output<typeof connectionCreate>;

export const connectionKeys = {
  all: ['platform-connections'] as const,
  list: () => [...connectionKeys.all, 'list'] as const,
};

interface ConnectionList {
  items: Connection[];
}

export function useConnections() {
  return useQuery({
    queryKey: connectionKeys.list(),
    queryFn: () => apiGet<ConnectionList>('/platform/connections'),
  });
}

/** Every write answers the connection as it now is; put it into the list without another round trip. */
function useStoreConnection() {
  const queryClient = useQueryClient();
  return (saved: Connection) => {
    queryClient.setQueryData<ConnectionList>(connectionKeys.list(), (list) => {
      if (!list) return list;
      const exists = list.items.some((item) => item.id === saved.id);
      return {
        items: exists
          ? list.items.map((item) => (item.id === saved.id ? saved : item))
          : [...list.items, saved],
      };
    });
  };
}

export function useCreateConnection() {
  const store = useStoreConnection();
  return useMutation({
    mutationFn: (body: ConnectionCreateBody) => apiPost<Connection>('/platform/connections', body),
    onSuccess: store,
  });
}

export type ConnectionAction = 'test' | 'enable' | 'disable';

export function useConnectionAction() {
  const store = useStoreConnection();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: ConnectionAction }) =>
      apiPost<Connection>(`/platform/connections/${id}/${action}`),
    onSuccess: store,
  });
}

/** Mappings live under their connection's key, so a connection's page never sees another's list. */
export const roleMappingKeys = {
  all: [...connectionKeys.all, 'role-mappings'] as const,
  list: (connectionId: string) => [...roleMappingKeys.all, connectionId] as const,
};

export type RoleMappingBody = z.output<typeof roleMappingCreate>;

interface RoleMappingList {
  items: RoleMapping[];
  nextCursor: null;
}

const mappingsPath = (connectionId: string) => `/platform/connections/${connectionId}/role-mappings`;

export function useRoleMappings(connectionId: string) {
  return useQuery({
    queryKey: roleMappingKeys.list(connectionId),
    queryFn: () => apiGet<RoleMappingList>(mappingsPath(connectionId)),
  });
}

/** The server answers an add with the whole list (a re-mapped subject replaces its role): store it as is. */
export function useAddRoleMapping(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoleMappingBody) => apiPost<RoleMappingList>(mappingsPath(connectionId), body),
    onSuccess: (list) => queryClient.setQueryData(roleMappingKeys.list(connectionId), list),
  });
}

export function useRemoveRoleMapping(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mappingId: string) => apiDelete(`${mappingsPath(connectionId)}/${mappingId}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roleMappingKeys.list(connectionId) }),
  });
}

/** The platform's own directory, for picking what to map by name; cached briefly per connection and query. */
export const directoryKeys = {
  all: [...connectionKeys.all, 'directory'] as const,
  departments: (connectionId: string, parentId: string | undefined) =>
    [...directoryKeys.all, connectionId, 'departments', parentId ?? 'root'] as const,
  people: (connectionId: string, q: string) => [...directoryKeys.all, connectionId, 'people', q] as const,
};

const directoryPath = (connectionId: string) => `/platform/connections/${connectionId}/directory`;

export function useDirectoryDepartments(connectionId: string, parentId: string | undefined) {
  return useQuery({
    queryKey: directoryKeys.departments(connectionId, parentId),
    queryFn: () => apiGet<DirectoryDepartments>(`${directoryPath(connectionId)}/departments`, { parentId }),
    staleTime: 60_000,
  });
}

export function useDirectoryPeople(connectionId: string, q: string) {
  return useQuery({
    queryKey: directoryKeys.people(connectionId, q),
    queryFn: () => apiGet<DirectoryPeople>(`${directoryPath(connectionId)}/people`, { q: q || undefined }),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
}
