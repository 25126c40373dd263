/** 实施模板 for admins and PMs: each standard template's phases and tasks, its versions, and what publishing changes. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showFailure } from '@miniapp/components/toast';
import { isApiError } from '@miniapp/lib/api-client';
import { useCurrentUser } from '@miniapp/lib/current-user';
import Collapse from 'antd-mobile/es/components/collapse';
import { useTranslation } from 'react-i18next';
import { useInstallStandardTemplates, useTemplates } from '../api';
import styles from '../components/implementation.module.css';
import { TemplateDetail } from '../components/TemplateDetail';

export function TemplatesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const templates = useTemplates({ includeDrafts: true });
  const install = useInstallStandardTemplates();
  const items = templates.data ?? [];
  const installAction = me.can.installStandardTemplates
    ? {
        label: t('ui.implementation.templates.install'),
        onClick: () =>
          install.mutate(undefined, {
            onError: (error) => showFailure(isApiError(error) ? error.message : t('errors.INTERNAL')),
          }),
      }
    : undefined;
  return (
    <main className={styles.page}>
      <PageHeader title={t('ui.implementation.templates.title')} backFallback="/implementation" />
      <PageState
        isLoading={templates.isPending}
        error={templates.data ? null : templates.error}
        onRetry={() => void templates.refetch()}
        isEmpty={items.length === 0}
        empty={{
          title: t('ui.implementation.create.noTemplates'),
          description: t('ui.implementation.templates.emptyBody'),
          action: installAction,
        }}
      >
        <Collapse accordion className={styles.card}>
          {items.map((template) => (
            <Collapse.Panel
              key={template.id}
              title={`${template.name} · ${t(`enums.segment.${template.segment}`)} · v${template.version}`}
            >
              <TemplateDetail template={template} />
            </Collapse.Panel>
          ))}
        </Collapse>
      </PageState>
    </main>
  );
}
