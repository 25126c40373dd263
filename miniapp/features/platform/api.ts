/** Platform connections (admins): list, add, test now, enable/disable; writes update the list in place. */

import { apiGet, apiPost } from '@miniapp/lib/api-client';
import type { Connection, connectionCreate } from '@shared/schemas/platform';
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
