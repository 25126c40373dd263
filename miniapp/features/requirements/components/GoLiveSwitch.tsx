/** 上线必需: offered when the capture comes from a project or the customer has a running implementation project. */
import { FormField } from '@miniapp/components/FormField';
import { implementationKeys } from '@miniapp/features/implementation/api';
import type { ProjectSummary } from '@miniapp/features/implementation/types';
import { apiGet } from '@miniapp/lib/api-client';
import { useQuery } from '@tanstack/react-query';
import Switch from 'antd-mobile/es/components/switch';
import { useTranslation } from 'react-i18next';

interface GoLiveSwitchProps {
  projectId: string | null;
  customerId: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function GoLiveSwitch({ projectId, customerId, checked, onChange }: GoLiveSwitchProps) {
  const { t } = useTranslation();
  const running = useRunningProject(projectId ? null : customerId);
  if (!projectId && !running) return null;
  return (
    <FormField id="capture-goLive" label={t('ui.links.goLive.label')} hint={t('ui.links.goLive.hint')}>
      <div>
        <Switch
          checked={checked}
          onChange={onChange}
          aria-label={t('ui.links.goLive.label')}
          aria-describedby="capture-goLive-hint"
        />
      </div>
    </FormField>
  );
}

/** The customer's active projects, cached under the same key as the customer page's project list. */
function useRunningProject(customerId: string | null): boolean {
  const projects = useQuery({
    queryKey: implementationKeys.projectList(customerId ?? ''),
    queryFn: () => apiGet<ProjectSummary[]>('/projects', { customerId: customerId ?? '', scope: 'all' }),
    enabled: customerId !== null,
  });
  return customerId !== null && (projects.data?.length ?? 0) > 0;
}
