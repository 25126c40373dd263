/** The workbench's writes (edit, decide, bulk decide, merge, weights) and its table query, over the shared keys. */
import {
  apiDelete,
  apiDownload,
  apiGet,
  apiPatch,
  apiPost,
  apiPut,
  type QueryParams,
} from '@miniapp/lib/api-client';
import type { DecisionStatus } from '@shared/domain/requirements';
import type {
  CommitmentCreate,
  DecisionResult,
  MergeResult,
  Requirement,
  RequirementUpdate,
  UndoTicket,
} from '@shared/schemas/requirements';
import type { ScoreWeightsBody } from '@shared/schemas/requirements-loop';
import type { BulkStatusResponse, RequirementPage } from '@shared/schemas/requirements-pages';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requirementKeys } from '../api';
import { exportPath } from './desk-filters';

/**
 * What a change to requirements can have made stale. Each requirement it touched is named by the request, never
 * read from an answer whose shape varies; a change to title, status, score or mentions also shows in the tables,
 * the similar searches and 我的需求, while following or a promise shows on the requirement's own page only.
 */
function useRefreshAfterWrite() {
  const queryClient = useQueryClient();
  return (ids: string[], options: { isListed: boolean } = { isListed: true }) => {
    if (options.isListed) {
      void queryClient.invalidateQueries({ queryKey: requirementKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: requirementKeys.similars() });
      void queryClient.invalidateQueries({ queryKey: requirementKeys.mine() });
    }
    for (const id of ids) void queryClient.invalidateQueries({ queryKey: requirementKeys.detail(id) });
  };
}

export function useUpdateRequirement(id: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (body: RequirementUpdate) => apiPatch<Requirement>(`/requirements/${id}`, body),
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
        const decided = await apiPost<DecisionResult>(`/requirements/${ids[0]}/decisions`, { status, note });
        return { items: [decided], failed: [] };
      }
      return apiPost<BulkStatusResponse>('/requirements/bulk-status', { ids, status, note });
    },
    onSuccess: (_result, { ids }) => refresh(ids),
  });
}

/** 撤销 after a decision: each requirement it changed goes back; their reporters never hear of it. */
export function useUndoDecisions() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (decided: { requirementId: string; undo: UndoTicket }[]) =>
      Promise.all(
        decided.map(({ requirementId, undo }) =>
          apiPost<Requirement>(`/requirements/${requirementId}/decisions/${undo.id}/undo`, {}),
        ),
      ),
    onSettled: (_result, _error, decided) => refresh(decided.map((d) => d.requirementId)),
  });
}

export function useMerge() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: ({ sourceId, targetId }: { sourceId: string; targetId: string }) =>
      apiPost<MergeResult>(`/requirements/${sourceId}/merge`, { targetId }),
    onSuccess: (_result, { sourceId, targetId }) => refresh([sourceId, targetId]),
  });
}

export function useWeights() {
  return useQuery({
    queryKey: requirementKeys.weights(),
    queryFn: () => apiGet<ScoreWeightsBody>('/requirements/settings/weights'),
  });
}

export function useSaveWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScoreWeightsBody) => apiPut<ScoreWeightsBody>('/requirements/settings/weights', body),
    onSuccess: (saved) => {
      const weights = requirementKeys.weights();
      queryClient.setQueryData(weights, saved);
      // Every score changes; the weights themselves are already what the server answered.
      void queryClient.invalidateQueries({
        queryKey: requirementKeys.all,
        predicate: (query) => query.queryKey[1] !== weights[1],
      });
    },
  });
}

/** Downloads the table as filtered now. */
export function downloadExport(params: QueryParams, format: 'xlsx' | 'csv'): Promise<void> {
  return apiDownload(exportPath(params, format));
}

export interface MergeAction {
  mergeId: string;
  sourceId: string;
  targetId: string;
  action: 'keep' | 'undo';
}

/** Keep a contested merge (the reporter was wrong) or undo a merge: both requirements change. */
export function useMergeAction() {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: ({ mergeId, targetId, action }: MergeAction) =>
      apiPost(`/requirements/${targetId}/merge/${mergeId}/${action}`, {}),
    onSuccess: (_result, { sourceId, targetId }) => refresh([sourceId, targetId]),
  });
}

export function useFollow(requirementId: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (follow: boolean) =>
      follow
        ? apiPost(`/requirements/${requirementId}/follow`, {})
        : apiDelete(`/requirements/${requirementId}/follow`),
    onSuccess: () => refresh([requirementId], { isListed: false }),
  });
}

export function useAddCommitment(requirementId: string) {
  const refresh = useRefreshAfterWrite();
  return useMutation({
    mutationFn: (body: CommitmentCreate) => apiPost(`/requirements/${requirementId}/commitments`, body),
    onSuccess: () => refresh([requirementId], { isListed: false }),
  });
}

/** Requirements whose title or description contains the words typed (the merge target search). */
export function useRequirementSearch(q: string) {
  return useQuery({
    queryKey: requirementKeys.search(q),
    queryFn: () => apiGet<RequirementPage>('/requirements', { q, sort: 'score', limit: 10 }),
    enabled: q.length > 0,
  });
}
