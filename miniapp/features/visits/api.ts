/** Visit queries: one key factory, one hook per endpoint, only the touched keys invalidated after a write. */

import { customerKeys } from '@miniapp/features/customers/api';
import { apiDelete, apiGet, apiPatch, apiPost, type QueryParams } from '@miniapp/lib/api-client';
import { useCursorPages } from '@miniapp/lib/cursor-pages';
import type { Page } from '@shared/schemas/common';
import type { Contact, ContactCreate, Customer } from '@shared/schemas/customers';
import type {
  CustomerSuggestions,
  CustomerTimeline,
  FollowUpDue,
  Visit,
  VisitUpdate,
} from '@shared/schemas/visits';
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { VisitFilters } from './list-filters';

export const visitKeys = {
  all: ['visits'] as const,
  lists: () => [...visitKeys.all, 'list'] as const,
  list: (filters: VisitFilters) => [...visitKeys.lists(), filters] as const,
  detail: (id: string) => [...visitKeys.all, 'detail', id] as const,
  followUps: () => [...visitKeys.all, 'follow-ups'] as const,
  suggestions: (near: { lat: number; lng: number } | null) =>
    [...visitKeys.all, 'suggestions', near] as const,
  timeline: (customerId: string) => [...visitKeys.all, 'timeline', customerId] as const,
  contacts: (customerId: string) => [...visitKeys.all, 'contacts', customerId] as const,
};

/** The list's query as GET /visits sends it (also what its export takes). */
export function visitListParams(filters: VisitFilters): QueryParams {
  return {
    customerId: filters.customer?.id,
    kind: filters.kind,
    from: filters.from,
    to: filters.to,
    flagged: filters.isFlaggedOnly ? 'true' : undefined,
    ownerId: filters.owner?.id,
  };
}

export function useVisitList(filters: VisitFilters) {
  return useCursorPages<Visit>({
    queryKey: visitKeys.list(filters),
    path: '/visits',
    params: visitListParams(filters),
    pageSize: 20,
    isPreviousKept: true,
  });
}

export function useVisit(id: string) {
  return useQuery({ queryKey: visitKeys.detail(id), queryFn: () => apiGet<Visit>(`/visits/${id}`) });
}

export function useFollowUpsDue() {
  return useQuery({
    queryKey: visitKeys.followUps(),
    queryFn: () => apiGet<{ items: FollowUpDue[] }>('/visits/follow-ups'),
  });
}

export function useCustomerSuggestions(near: { lat: number; lng: number } | null) {
  return useQuery({
    queryKey: visitKeys.suggestions(near),
    queryFn: () => apiGet<CustomerSuggestions>('/visits/customer-suggestions', near ?? undefined),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerTimeline(customerId: string) {
  return useQuery({
    queryKey: visitKeys.timeline(customerId),
    queryFn: () => apiGet<CustomerTimeline>(`/customers/${customerId}/timeline`),
  });
}

/** What a newly stored visit changes on screen: lists, follow-ups, and its customer's timeline. */
export function refreshAfterVisitChange(client: QueryClient, visit: Pick<Visit, 'id' | 'customerId'>): void {
  void client.invalidateQueries({ queryKey: visitKeys.lists() });
  void client.invalidateQueries({ queryKey: visitKeys.followUps() });
  void client.invalidateQueries({ queryKey: visitKeys.timeline(visit.customerId) });
}

/** The visit's customer (name for the preset, saved location for the check-in distance), shared with its page. */
export function useVisitCustomer(customerId: string | null) {
  return useQuery({
    queryKey: customerKeys.detail(customerId ?? ''),
    queryFn: () => apiGet<Customer>(`/customers/${customerId}`),
    enabled: customerId !== null,
  });
}

export function useUpdateVisit(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitUpdate) => apiPatch<Visit>(`/visits/${id}`, body),
    onSuccess: (visit) => {
      client.setQueryData(visitKeys.detail(visit.id), visit);
      refreshAfterVisitChange(client, visit);
    },
  });
}

export function useDeleteVisit(visit: Pick<Visit, 'id' | 'customerId'>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(`/visits/${visit.id}`),
    onSuccess: () => {
      client.removeQueries({ queryKey: visitKeys.detail(visit.id) });
      refreshAfterVisitChange(client, visit);
    },
  });
}

/** The customer's contacts as attendee choices (the customer screens page through the same list under their own key). */
export function useCustomerContacts(customerId: string | undefined) {
  return useQuery({
    queryKey: visitKeys.contacts(customerId ?? ''),
    queryFn: () => apiGet<Page<Contact>>(`/customers/${customerId}/contacts`, { limit: 100 }),
    enabled: customerId !== undefined,
    select: (page) => page.items,
  });
}

export function useAddAttendeeContact(customerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactCreate) => apiPost<Contact>(`/customers/${customerId}/contacts`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: visitKeys.contacts(customerId) });
      void client.invalidateQueries({ queryKey: customerKeys.contacts(customerId) });
    },
  });
}
