/** 成员管理 (admins): the member list by name and status, one write that changes a role or deactivates; the people search. */

import { apiGet, apiPatch } from '@miniapp/lib/api-client';
import type { Member, MemberList, MemberQuery, MemberUpdate, PeopleList } from '@shared/schemas/users';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

type MemberFilter = Pick<MemberQuery, 'q' | 'status'>;

export const userKeys = {
  members: () => ['members'] as const,
  memberList: (filter: MemberFilter) => [...userKeys.members(), 'list', filter] as const,
  people: (q: string) => ['people', q] as const,
};

export function useMembers(filter: MemberFilter) {
  return useQuery({
    queryKey: userKeys.memberList(filter),
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
      queryClient.setQueriesData<MemberList>({ queryKey: userKeys.members() }, (list) =>
        list ? { items: list.items.map((item) => (item.id === saved.id ? saved : item)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: userKeys.members() });
    },
  });
}

/** Colleagues by name, for pickers (a visit's participants, the desk's reporter and owner filters). */
export function usePeople(q: string) {
  return useQuery({
    queryKey: userKeys.people(q),
    queryFn: () => apiGet<PeopleList>('/people', { q: q || undefined, limit: 30 }),
  });
}
