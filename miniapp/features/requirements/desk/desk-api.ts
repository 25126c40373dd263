/** The workbench's writes (edit, decide, bulk decide, merge, weights) and its table query, over the shared keys. */
import { apiDelete, apiGet, apiPatch, apiPost, apiPut, type QueryParams } from '@miniapp/lib/api-client';
import { getToken } from '@miniapp/lib/session-token';
import type { DecisionStatus } from '@shared/domain/requirements';
import type {
  BulkStatusResponse,
  CommitmentCreate,
  MergeView,
  RequirementDetail,
  RequirementPage,
  RequirementUpdate,
  ScoreWeightsBody,
} from '@shared/schemas/requirements';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requirementKeys } from '../api';
import { exportPath } from './desk-filters';

export const weightsKey = [...requirementKeys.all, 'weights'] as const;

function useRefreshAfterWrite() {
  const queryClient = useQueryClient();
  return (ids: string[]) => {
    void queryClient.invalidateQueries({ queryKey: requirementKeys.lists() });
    for (const id of ids) void queryClient.invalidateQueries({ queryKey: requirementKeys.detail(id) });
  };
}

export function useUpdateRequirement(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (body: RequirementUpdate) => apiPatch<RequirementDetail>(`/requirements/${id}`, body),
    onSuccess: () => refresh([id]),
  });
}

export interface DecisionInput {
  ids: string[];
  status: DecisionStatus;
  note: string;
}

/** One requirement goes through its own decisions endpoint; several go through the bulk endpoint in one request. */
export function useDecide() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: async ({ ids, status, note }: DecisionInput): Promise<BulkStatusResponse> => {
      if (ids.length === 1 && ids[0]) {
        await apiPost(`/requirements/${ids[0]}/decisions`, { status, note });
        return { items: [], failed: [] };
      }
      return apiPost<BulkStatusResponse>('/requirements/bulk-status', { ids, status, note });
    },
    onSuccess: (_result, { ids }) => refresh(ids),
  });
}

export function useMerge() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: ({ sourceId, targetId }: { sourceId: string; targetId: string }) =>
      apiPost(`/requirements/${sourceId}/merge`, { targetId }),
    onSuccess: (_result, { sourceId, targetId }) => refresh([sourceId, targetId]),
  });
}

export function useWeights() {
  return useQuery({
    queryKey: weightsKey,
    queryFn: () => apiGet<ScoreWeightsBody>('/requirements/settings/weights'),
  });
}

export function useSaveWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoreWeightsBody) => apiPut<ScoreWeightsBody>('/requirements/settings/weights', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(weightsKey, saved);
      void queryClient.invalidateQueries({ queryKey: requirementKeys.all });
    },
  });
}

/** Downloads the export with the session's bearer token (a plain link cannot send it) and saves it as a file. */
export async function downloadExport(params: QueryParams, format: 'xlsx' | 'csv'): Promise<void> {
  const token = getToken();
  const response = await fetch(exportPath(params, format), {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`export failed: ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `requirements-${new Date().toISOString().slice(0, 10)}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The PM's answer to a contested merge: keep it (the reporter was wrong) or undo it (admins). */
export function useMergeAction(requirementId: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: ({ mergeId, action }: { mergeId: string; action: 'keep' | 'undo' }) =>
      apiPost<MergeView>(`/requirements/${requirementId}/merge/${mergeId}/${action}`, {}),
    onSuccess: (merge) => refresh([merge.sourceId, merge.targetId]),
  });
}

export function useFollow(requirementId: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (follow: boolean) =>
      follow
        ? apiPost(`/requirements/${requirementId}/follow`, {})
        : apiDelete(`/requirements/${requirementId}/follow`),
    onSuccess: () => refresh([requirementId]),
  });
}

export function useAddCommitment(requirementId: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (body: CommitmentCreate) => apiPost(`/requirements/${requirementId}/commitments`, body),
    onSuccess: () => refresh([requirementId]),
  });
}

/** Requirements whose title or description contains the words typed (the merge target search). */
export function useRequirementSearch(q: string) {
  return useQuery({
    queryKey: [...requirementKeys.lists(), 'search', q] as const,
    queryFn: () => apiGet<RequirementPage>('/requirements', { q, sort: 'score', limit: 10 }),
    enabled: q.length > 0,
  });
}
