/** Implementation queries: one key factory, one hook per endpoint; task changes go through the offline queue. */
import { apiDelete, apiGet, apiPatch, apiPost, apiPut, isApiError } from '@miniapp/lib/api-client';
import type { Page } from '@shared/schemas/common';
import type { Customer } from '@shared/schemas/customers';
import type { TemplateDraftInput } from '@shared/schemas/implementation';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Goal,
  Project,
  ProjectCreate,
  ProjectSummary,
  ProjectUpgradeImpact,
  PublishResult,
  ShareLink,
  StatusLink,
  StatusLinkList,
  StatusPage,
  Template,
  TemplateVersionSummary,
  TodayItem,
} from './types';

export const implementationKeys = {
  all: ['implementation'] as const,
  templates: () => [...implementationKeys.all, 'templates'] as const,
  templateLists: () => [...implementationKeys.templates(), 'list'] as const,
  templateList: (includeDrafts: boolean) => [...implementationKeys.templateLists(), includeDrafts] as const,
  templateVersions: (id: string) => [...implementationKeys.templates(), 'versions', id] as const,
  template: (id: string) => [...implementationKeys.templates(), 'detail', id] as const,
  templateDraft: (id: string) => [...implementationKeys.templates(), 'draft', id] as const,
  draftImpacts: (id: string) => [...implementationKeys.templateDraft(id), 'impact'] as const,
  draftImpact: (id: string, draftVersion: number | undefined) =>
    [...implementationKeys.draftImpacts(id), draftVersion] as const,
  projects: () => [...implementationKeys.all, 'projects'] as const,
  projectLists: () => [...implementationKeys.projects(), 'list'] as const,
  /** 'mine', 'all', or one customer's id. */
  projectList: (scope: string) => [...implementationKeys.projectLists(), scope] as const,
  project: (id: string) => [...implementationKeys.projects(), 'detail', id] as const,
  upgradePreview: (projectId: string) => [...implementationKeys.project(projectId), 'upgrade'] as const,
  statusLinks: (projectId: string) => [...implementationKeys.all, 'status-links', projectId] as const,
  today: () => [...implementationKeys.all, 'today'] as const,
  customers: (q: string) => [...implementationKeys.all, 'customers', q] as const,
  customer: (id: string) => [...implementationKeys.all, 'customer', id] as const,
  status: (token: string) => [...implementationKeys.all, 'status', token] as const,
};

/** Published templates; editors may ask for ones that only have a draft so far. */
export function useTemplates(options: { includeDrafts?: boolean } = {}) {
  const includeDrafts = options.includeDrafts ?? false;
  return useQuery({
    queryKey: implementationKeys.templateList(includeDrafts),
    queryFn: () => apiGet<Template[]>('/templates', includeDrafts ? { includeDrafts } : undefined),
  });
}

export function useTemplateVersions(templateId: string) {
  return useQuery({
    queryKey: implementationKeys.templateVersions(templateId),
    queryFn: () => apiGet<TemplateVersionSummary[]>(`/templates/${templateId}/versions`),
  });
}

/** The newest published version (or, for a template never published, its first draft). */
export function useTemplate(templateId: string) {
  return useQuery({
    queryKey: implementationKeys.template(templateId),
    queryFn: () => apiGet<Template>(`/templates/${templateId}`),
  });
}

/** The draft being edited, or null when the template has none (editing then starts from the published version). */
export function useTemplateDraft(templateId: string) {
  return useQuery({
    queryKey: implementationKeys.templateDraft(templateId),
    queryFn: async () => {
      try {
        return await apiGet<Template>(`/templates/${templateId}/draft`);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** What publishing the saved draft would offer each running project, asked before publishing. */
export function useDraftImpact(templateId: string, draftVersion: number | undefined) {
  return useQuery({
    queryKey: implementationKeys.draftImpact(templateId, draftVersion),
    queryFn: () => apiGet<ProjectUpgradeImpact[]>(`/templates/${templateId}/draft/impact`),
    enabled: draftVersion !== undefined,
  });
}

export function useSaveTemplateDraft(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TemplateDraftInput) => apiPut<Template>(`/templates/${templateId}/draft`, body),
    onSuccess: (draft) => {
      // The list, the versions and the draft's impact all read the draft; the published version is untouched.
      queryClient.setQueryData(implementationKeys.templateDraft(templateId), draft);
      void queryClient.invalidateQueries({ queryKey: implementationKeys.templateLists() });
      void queryClient.invalidateQueries({ queryKey: implementationKeys.templateVersions(templateId) });
      void queryClient.invalidateQueries({ queryKey: implementationKeys.draftImpacts(templateId) });
    },
  });
}

export function useDiscardTemplateDraft(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiDelete(`/templates/${templateId}/draft`),
    onSuccess: () => {
      queryClient.setQueryData(implementationKeys.templateDraft(templateId), null);
      void queryClient.invalidateQueries({ queryKey: implementationKeys.templates() });
    },
  });
}

export function usePublishTemplate(templateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<PublishResult>(`/templates/${templateId}/publish`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: implementationKeys.templates() });
      void queryClient.invalidateQueries({ queryKey: implementationKeys.projects() });
    },
  });
}

export type ProjectScope = { customerId: string } | 'mine' | 'all';

/** Mine (or all, for those who oversee) on the 实施 tab; every project of one customer on the customer's page. */
export function useProjects(scope: ProjectScope) {
  const params = typeof scope === 'string' ? { scope } : { customerId: scope.customerId, scope: 'all' };
  return useQuery({
    queryKey: implementationKeys.projectList(typeof scope === 'string' ? scope : scope.customerId),
    queryFn: () => apiGet<ProjectSummary[]>('/projects', params),
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: implementationKeys.project(id),
    queryFn: () => apiGet<Project>(`/projects/${id}`),
  });
}

export function useToday() {
  return useQuery({
    queryKey: implementationKeys.today(),
    queryFn: () => apiGet<TodayItem[]>('/projects/today'),
  });
}

export function useCreateProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectCreate) => apiPost<Project>('/projects', body),
    onSuccess: (project) => {
      queryClient.setQueryData(implementationKeys.project(project.id), project);
      void queryClient.invalidateQueries({ queryKey: implementationKeys.projects() });
      void queryClient.invalidateQueries({ queryKey: implementationKeys.today() });
    },
  });
}

/** Goals replaced as a whole (ids kept): how acceptance records the actual figures. */
export function useUpdateGoals(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (goals: Goal[]) =>
      apiPatch<Project>(`/projects/${projectId}`, {
        goals: goals.map(({ id, metric, baseline, target, actual, unit }) => ({
          id,
          metric,
          baseline,
          target,
          actual,
          unit,
        })),
      }),
    onSuccess: (project) => queryClient.setQueryData(implementationKeys.project(project.id), project),
  });
}

/** What pulling the newest template version would do to this project's not-yet-done tasks. */
export function useUpgradePreview(projectId: string, isAvailable: boolean) {
  return useQuery({
    queryKey: implementationKeys.upgradePreview(projectId),
    queryFn: () => apiGet<{ impact: ProjectUpgradeImpact | null }>(`/projects/${projectId}/upgrade`),
    enabled: isAvailable,
  });
}

export function useUpgradeProject(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<Project>(`/projects/${projectId}/upgrade`),
    onSuccess: (project) => {
      queryClient.setQueryData(implementationKeys.project(project.id), project);
      void queryClient.invalidateQueries({ queryKey: implementationKeys.projectLists() });
      void queryClient.invalidateQueries({ queryKey: implementationKeys.today() });
    },
  });
}

export function useInstallStandardTemplates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<{ installed: string[] }>('/templates/install-standard'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: implementationKeys.templates() }),
  });
}

export function useShareLink(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<ShareLink>(`/projects/${projectId}/share`, { days: 14 }),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: implementationKeys.statusLinks(projectId) }),
  });
}

/** The links given out for the project (its owner and admins only: `can.manageLinks`). */
export function useStatusLinks(projectId: string, options: { enabled: boolean }) {
  return useQuery({
    queryKey: implementationKeys.statusLinks(projectId),
    queryFn: () => apiGet<StatusLinkList>(`/projects/${projectId}/status-links`),
    enabled: options.enabled,
  });
}

export function useRevokeStatusLink(projectId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      apiPost<StatusLink>(`/projects/${projectId}/status-links/${linkId}/revoke`),
    onSuccess: () =>
      void queryClient.invalidateQueries({ queryKey: implementationKeys.statusLinks(projectId) }),
  });
}

/** The customer picker of "新建项目": a search over the customers this person may see. */
export function useCustomerSearch(q: string) {
  return useQuery({
    queryKey: implementationKeys.customers(q),
    queryFn: () => apiGet<Page<Customer>>('/customers', { q: q || undefined, limit: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function useCustomerById(id: string | undefined) {
  return useQuery({
    queryKey: implementationKeys.customer(id ?? ''),
    queryFn: () => apiGet<Customer>(`/customers/${id}`),
    enabled: Boolean(id),
  });
}

export function useStatusPage(token: string) {
  return useQuery({
    queryKey: implementationKeys.status(token),
    queryFn: () => apiGet<StatusPage>(`/status/${token}`),
    retry: false,
  });
}
