/** The dashboards' figures: one hook per /insight endpoint, the filters in every key so each filter set caches apart. */
import { apiGet, type QueryParams } from '@miniapp/lib/api-client';
import type {
  CustomerLoop,
  ImplementationInsight,
  LoopInsight,
  RequirementInsight,
  VisitInsight,
} from '@shared/schemas/insight';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

export const insightKeys = {
  all: ['insight'] as const,
  visits: (params: QueryParams) => [...insightKeys.all, 'visits', params] as const,
  requirements: (params: QueryParams) => [...insightKeys.all, 'requirements', params] as const,
  loop: (params: QueryParams) => [...insightKeys.all, 'loop', params] as const,
  implementation: (params: QueryParams) => [...insightKeys.all, 'implementation', params] as const,
  customer: (customerId: string) => [...insightKeys.all, 'customer', customerId] as const,
};

/** Figures of the previous filters stay on screen while the new ones load, so the charts do not flash empty. */
const kept = { placeholderData: keepPreviousData } as const;

export function useVisitInsight(params: QueryParams) {
  return useQuery({
    queryKey: insightKeys.visits(params),
    queryFn: () => apiGet<VisitInsight>('/insight/visits', params),
    ...kept,
  });
}

export function useRequirementInsight(params: QueryParams) {
  return useQuery({
    queryKey: insightKeys.requirements(params),
    queryFn: () => apiGet<RequirementInsight>('/insight/requirements', params),
    ...kept,
  });
}

export function useLoopInsight(params: QueryParams) {
  return useQuery({
    queryKey: insightKeys.loop(params),
    queryFn: () => apiGet<LoopInsight>('/insight/loop', params),
    ...kept,
  });
}

export function useImplementationInsight(params: QueryParams) {
  return useQuery({
    queryKey: insightKeys.implementation(params),
    queryFn: () => apiGet<ImplementationInsight>('/insight/implementation', params),
    ...kept,
  });
}

export function useCustomerLoop(customerId: string) {
  return useQuery({
    queryKey: insightKeys.customer(customerId),
    queryFn: () => apiGet<CustomerLoop>(`/insight/customers/${customerId}`),
  });
}
