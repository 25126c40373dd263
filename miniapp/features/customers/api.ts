/** Customer and contact queries: one key factory, one hook per endpoint, and only the touched keys invalidated. */

import { apiGet, apiPatch, apiPost, apiUpload, type QueryParams } from '@miniapp/lib/api-client';
import { useCursorPages } from '@miniapp/lib/cursor-pages';
import type { CustomerFlag, CustomerSort, Segment, Tier } from '@shared/domain/customers';
import type { Page } from '@shared/schemas/common';
import type {
  Contact,
  Customer,
  contactCreate,
  customerCreate,
  customerUpdate,
} from '@shared/schemas/customers';
import type {
  CustomerImportMapping,
  CustomerImportPreview,
  CustomerImportResult,
} from '@shared/schemas/customers-import';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';

export type CustomerCreateBody = z.output<typeof customerCreate>;
export type CustomerUpdateBody = z.output<typeof customerUpdate>;
export type ContactCreateBody = z.output<typeof contactCreate>;

export interface CustomerFilters {
  q: string;
  segment: Segment | undefined;
  tier: Tier | undefined;
  flags: CustomerFlag[];
  ownerId: string | undefined;
  sort: CustomerSort;
}

export const customerKeys = {
  all: ['customers'] as const,
  lists: () => [...customerKeys.all, 'list'] as const,
  list: (filters: CustomerFilters) => [...customerKeys.lists(), filters] as const,
  detail: (id: string) => [...customerKeys.all, 'detail', id] as const,
  contacts: (id: string) => [...customerKeys.all, 'contacts', id] as const,
  /** A picker's search (a visit's customer): a list, so it refreshes whenever the lists do. */
  picker: (q: string) => [...customerKeys.lists(), 'picker', q] as const,
  /** Names to capture a requirement for. */
  choices: (q: string) => [...customerKeys.all, 'choices', q] as const,
};

/** The list's query as GET /customers sends it (also what its export takes). */
export function customerListParams(filters: CustomerFilters): QueryParams {
  return {
    q: filters.q || undefined,
    segment: filters.segment,
    tier: filters.tier,
    flags: filters.flags.length > 0 ? filters.flags.join(',') : undefined,
    ownerId: filters.ownerId,
    sort: filters.sort,
  };
}

export function useCustomerList(filters: CustomerFilters) {
  return useCursorPages<Customer>({
    queryKey: customerKeys.list(filters),
    path: '/customers',
    params: customerListParams(filters),
    pageSize: 20,
    isPreviousKept: true,
  });
}

/** A picker's search by name (a visit's customer). */
export function useCustomerPickerSearch(q: string) {
  return useQuery({
    queryKey: customerKeys.picker(q),
    queryFn: () => apiGet<Page<Customer>>('/customers', { q, limit: 20 }),
  });
}

export function useCustomer(id: string) {
  return useQuery({ queryKey: customerKeys.detail(id), queryFn: () => apiGet<Customer>(`/customers/${id}`) });
}

/** After any write the detail is known exactly; lists are refetched because order and membership may change. */
function useStoreCustomer() {
  const queryClient = useQueryClient();
  return (saved: Customer) => {
    queryClient.setQueryData(customerKeys.detail(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
  };
}

export function useCreateCustomer() {
  const storeCustomer = useStoreCustomer();
  return useMutation({
    mutationFn: (body: CustomerCreateBody) => apiPost<Customer>('/customers', body),
    onSuccess: storeCustomer,
  });
}

export function useUpdateCustomer(id: string) {
  const storeCustomer = useStoreCustomer();
  return useMutation({
    mutationFn: (body: CustomerUpdateBody) => apiPatch<Customer>(`/customers/${id}`, body),
    onSuccess: storeCustomer,
  });
}

export function useArchiveCustomer(id: string) {
  const storeCustomer = useStoreCustomer();
  return useMutation({
    mutationFn: () => apiPost<Customer>(`/customers/${id}/archive`),
    onSuccess: storeCustomer,
  });
}

export function useRestoreCustomer(id: string) {
  const storeCustomer = useStoreCustomer();
  return useMutation({
    mutationFn: () => apiPost<Customer>(`/customers/${id}/restore`),
    onSuccess: storeCustomer,
  });
}

export function useContacts(customerId: string) {
  return useCursorPages<Contact>({
    queryKey: customerKeys.contacts(customerId),
    path: `/customers/${customerId}/contacts`,
    pageSize: 50,
  });
}

export function useAddContact(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactCreateBody) => apiPost<Contact>(`/customers/${customerId}/contacts`, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: customerKeys.contacts(customerId) }),
  });
}

/** A spreadsheet to import, with the column choices made on the preview. */
export interface ImportUpload {
  file: File;
  mapping: CustomerImportMapping;
}

function importForm({ file, mapping }: ImportUpload): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  if (Object.keys(mapping).length > 0) form.append('mapping', JSON.stringify(mapping));
  return form;
}

/** What the file would do, written nowhere (the server's dryRun). */
export function usePreviewCustomerImport() {
  return useMutation({
    mutationFn: (upload: ImportUpload) =>
      apiUpload<CustomerImportPreview>('/imports/customers?dryRun=1', importForm(upload)),
  });
}

export function useImportCustomers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: ImportUpload) =>
      apiUpload<CustomerImportResult>('/imports/customers', importForm(upload)),
    // Any customer may have changed or appeared: lists, details and contacts alike.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: customerKeys.all }),
  });
}
