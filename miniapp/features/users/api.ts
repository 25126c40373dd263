/** 成员管理 (admins): the member list by name and status, and one write that changes a role or deactivates. */

import { apiGet, apiPatch } from '@miniapp/lib/api-client';
import type { Member, MemberList, MemberQuery, MemberUpdate } from '@shared/schemas/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

type MemberFilter = Pick<MemberQuery, 'q' | 'status'>;

export const memberKeys = {
  all: ['members'] as const,
  list: (filter: MemberFilter) => [...memberKeys.all, 'list', filter] as const,
};

export function useMembers(filter: MemberFilter) {
  return useQuery({
    queryKey: memberKeys.list(filter),
    queryFn: () => apiGet<MemberList>('/users', { q: filter.q || undefined, status: filter.status }),
    placeholderData: (previous) => previous,
  });
}

/** The answer is the member as they now are: put it into every list already loaded, then let filters re-check. */
export function useUpdateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: MemberUpdate }) =>
      apiPatch<Member>(`/users/${id}`, change),
    onSuccess: (saved) => {
      queryClient.setQueriesData<MemberList>({ queryKey: memberKeys.all }, (list) =>
        list ? { items: list.items.map((item) => (item.id === saved.id ? saved : item)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: memberKeys.all });
    },
  });
}
