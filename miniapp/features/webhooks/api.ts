/** Webhook (admins): the hooks, subscribing one (its secret shown once), enabling, deleting, the delivery log, re-send. */

import { apiDelete, apiGet, apiPatch, apiPost } from '@miniapp/lib/api-client';
import type {
  CreatedWebhook,
  Webhook,
  WebhookCreate,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookList,
} from '@shared/schemas/webhooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

export const webhookKeys = {
  all: ['webhooks'] as const,
  deliveries: (id: string) => ['webhooks', id, 'deliveries'] as const,
};

export function useWebhooks() {
  return useQuery({ queryKey: webhookKeys.all, queryFn: () => apiGet<WebhookList>('/webhooks') });
}

/** The secret is kept only in the mutation's answer, never in the query cache. */
export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WebhookCreate) => apiPost<CreatedWebhook>('/webhooks', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.all, exact: true }),
  });
}

export function useSetWebhookEnabled(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) => apiPatch<Webhook>(`/webhooks/${id}`, { enabled }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.all, exact: true }),
  });
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiDelete(`/webhooks/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.all, exact: true }),
  });
}

export function useWebhookDeliveries(id: string) {
  return useQuery({
    queryKey: webhookKeys.deliveries(id),
    queryFn: () => apiGet<WebhookDeliveryList>(`/webhooks/${id}/deliveries`),
  });
}

export function useResendDelivery(webhookId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiPost<WebhookDelivery>(`/webhooks/${webhookId}/deliveries/${deliveryId}/resend`, {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(webhookId) }),
  });
}
