/** Requirement queries and writes: one key factory, one hook per endpoint, and only the touched keys invalidated. */
import { customerKeys } from '@miniapp/features/customers/api';
import { apiGet, apiPost, type QueryParams } from '@miniapp/lib/api-client';
import type { RequirementSort, RequirementStatus } from '@shared/domain/requirements';
import type { Page } from '@shared/schemas/common';
import type { Customer } from '@shared/schemas/customers';
import type { MyRequirementsPage, ToldResponse } from '@shared/schemas/requirements-loop';
import type { RequirementDetail, RequirementPage } from '@shared/schemas/requirements-pages';
import type { SimilarResponse } from '@shared/schemas/requirements-similar';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

export interface CustomerChoice {
  id: string;
  name: string;
}

export interface PoolFilters {
  q: string;
  status: RequirementStatus | undefined;
}

export const requirementKeys = {
  all: ['requirements'] as const,
  mine: () => [...requirementKeys.all, 'mine'] as const,
  lists: () => [...requirementKeys.all, 'list'] as const,
  list: (params: QueryParams) => [...requirementKeys.lists(), params] as const,
  detail: (id: string) => [...requirementKeys.all, 'detail', id] as const,
  similars: () => [...requirementKeys.all, 'similar'] as const,
  similar: (q: string) => [...requirementKeys.similars(), q] as const,
  /** The merge target search: a list, so every write that refreshes the lists refreshes it too. */
  search: (q: string) => [...requirementKeys.lists(), 'search', q] as const,
  weights: () => [...requirementKeys.all, 'weights'] as const,
};

/** Customers a rep can capture for: the customer list, searched by name, reduced to what the picker shows. */
export function useCustomerChoices(q: string) {
  return useQuery({
    queryKey: customerKeys.choices(q),
    queryFn: async () => {
      const page = await apiGet<Page<Customer>>('/customers', { q: q || undefined, limit: 30 });
      return page.items.map((item): CustomerChoice => ({ id: item.id, name: item.name }));
    },
    placeholderData: keepPreviousData,
  });
}

/** The customer a capture was opened for (from a customer page or a visit). */
export function useCustomerChoice(id: string | null) {
  return useQuery({
    queryKey: customerKeys.detail(id ?? ''),
    queryFn: () => apiGet<Customer>(`/customers/${id}`),
    enabled: id !== null,
  });
}

/** Only asks once the rep has typed something worth comparing (two characters of Chinese already carry meaning). */
export function useSimilarRequirements(q: string) {
  return useQuery({
    queryKey: requirementKeys.similar(q),
    queryFn: () => apiGet<SimilarResponse>('/requirements/similar', { q, limit: 5 }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useMyRequirements() {
  return useInfiniteQuery({
    queryKey: requirementKeys.mine(),
    queryFn: ({ pageParam }) =>
      apiGet<MyRequirementsPage>('/requirements/mine', { cursor: pageParam ?? undefined, limit: 20 }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useRequirementList(params: QueryParams) {
  return useInfiniteQuery({
    queryKey: requirementKeys.list(params),
    queryFn: ({ pageParam }) =>
      apiGet<RequirementPage>('/requirements', { ...params, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function poolParams(filters: PoolFilters): QueryParams {
  return {
    q: filters.q || undefined,
    status: filters.status,
    sort: 'score' satisfies RequirementSort,
    limit: 20,
  };
}

export function useRequirement(id: string) {
  return useQuery({
    queryKey: requirementKeys.detail(id),
    queryFn: () => apiGet<RequirementDetail>(`/requirements/${id}`),
  });
}

/** The rep confirms they passed the latest decision on to this customer. */
export function useConfirmTold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requirementId, customerId }: { requirementId: string; customerId: string }) =>
      apiPost<ToldResponse>(`/requirements/${requirementId}/told`, { customerId }),
    onSuccess: (_told, { requirementId }) => {
      void queryClient.invalidateQueries({ queryKey: requirementKeys.mine() });
      void queryClient.invalidateQueries({ queryKey: requirementKeys.detail(requirementId) });
    },
  });
}

/** A reporter says a merge that pulled their mention in is not the same need; it returns to the PM's inbox. */
export function useContestMerge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requirementId, mergeId }: { requirementId: string; mergeId: string }) =>
      apiPost(`/requirements/${requirementId}/merge/${mergeId}/contest`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: requirementKeys.mine() }),
  });
}

export function allPages<T>(data: { pages: { items: T[] }[] } | undefined): T[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}
