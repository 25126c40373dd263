/** 上线必需 on one mention: the PM (or the mention's reporter) marks it, and it becomes an acceptance item. */

import { implementationKeys } from '@miniapp/features/implementation/api';
import { apiPatch, isApiError } from '@miniapp/lib/api-client';
import { useCurrentUser } from '@miniapp/lib/current-user';
import type { Mention, MentionUpdate, MentionView } from '@shared/schemas/requirements';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { requirementKeys } from '../api';

export function GoLiveCell({ mention }: { mention: MentionView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (body: MentionUpdate) =>
      apiPatch<Mention>(`/requirements/${mention.requirementId}/mentions/${mention.id}`, body),
    onSuccess: (saved) => {
      void message.success(t(saved.goLive ? 'ui.links.goLive.on' : 'ui.links.goLive.off'));
      void queryClient.invalidateQueries({ queryKey: requirementKeys.detail(mention.requirementId) });
      // A go-live requirement is an acceptance item of the customer's project.
      if (mention.projectId) {
        void queryClient.invalidateQueries({ queryKey: implementationKeys.project(mention.projectId) });
      }
    },
    onError: (error) => void message.error(isApiError(error) ? error.message : t('errors.INTERNAL')),
  });
  const mayToggle = me.role === 'pm' || me.role === 'admin' || me.id === mention.reporterId;
  return (
    <Switch
      size="small"
      checked={mention.goLive}
      disabled={!mayToggle}
      loading={toggle.isPending}
      aria-label={t('ui.links.goLive.of', { name: mention.customerName })}
      onChange={(goLive) => toggle.mutate({ goLive })}
    />
  );
}
