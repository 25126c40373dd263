/** API 令牌 (admins): the list, making one (whose secret the answer shows once) and revoking one. */

import { apiDelete, apiGet, apiPost } from '@miniapp/lib/api-client';
import type { ApiTokenCreate, ApiTokenList, CreatedApiToken } from '@shared/schemas/api-tokens';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const apiTokenKeys = {
  all: ['api-tokens'] as const,
};

export function useApiTokens() {
  return useQuery({ queryKey: apiTokenKeys.all, queryFn: () => apiGet<ApiTokenList>('/api-tokens') });
}

/** The secret is kept only in the mutation's answer, never in the query cache. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenCreate) => apiPost<CreatedApiToken>('/api-tokens', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete(`/api-tokens/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiTokenKeys.all }),
  });
}
