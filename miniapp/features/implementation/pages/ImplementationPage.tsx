/** 实施: what to do today across my projects (overdue first, one tap to tick), then my projects by health. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { LoadingSkeleton } from '@miniapp/components/PageState';
import { PendingSubmissions } from '@miniapp/components/PendingSubmissions';
import { PullToRefresh } from '@miniapp/components/PullToRefresh';
import { ToggleChip } from '@miniapp/components/ToggleChip';
import { useCurrentUser } from '@miniapp/lib/current-user';
import { useFirstLoadSettled } from '@miniapp/lib/use-first-load-settled';
import { healthLevels } from '@shared/domain/implementation/vocab';
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd-mobile/es/components/button';
import { AddOutline } from 'antd-mobile-icons';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { implementationKeys } from '../api';
import styles from '../components/implementation.module.css';
import { ProjectList } from '../components/ProjectList';
import { TodayList } from '../components/TodayList';
import { homeProjectScope } from '../project-scope';
import { taskKind } from '../task-submissions';

export function ImplementationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  // /implementation?health=at-risk: the projects behind a dashboard figure.
  const health = healthLevels.find((level) => level === search.get('health'));
  const openCreate = me.can.startProject ? () => void navigate('/implementation/projects/new') : undefined;
  // Today's tasks sit above the projects: both are shown once their answers are in, so the projects do not jump down
  // when today's list arrives, in an interruptible render that yields to the phone (issue #14).
  const isShown = useDeferredValue(useFirstLoadSettled());

  return (
    <main className={styles.page}>
      <PageHeader
        title={t('ui.tabs.implementation')}
        actions={
          openCreate ? (
            <Button size="small" color="primary" shape="rounded" onClick={openCreate}>
              <AddOutline aria-hidden="true" /> {t('ui.implementation.create.short')}
            </Button>
          ) : null
        }
      />
      <PendingSubmissions kind={taskKind} />
      {isShown ? null : <LoadingSkeleton />}
      <PullToRefresh onRefresh={() => queryClient.invalidateQueries({ queryKey: implementationKeys.all })}>
        <div hidden={!isShown}>
          <TodayList />
          {health ? (
            <div className={styles.healthFilter}>
              <ToggleChip isPressed onClick={() => setSearch({}, { replace: true })}>
                {t('ui.implementation.projects.onlyHealth', {
                  health: t(`ui.implementation.healthLevel.${health}`),
                })}
              </ToggleChip>
            </div>
          ) : null}
          {homeProjectScope(me.role) === 'all' ? (
            <ProjectList
              scope="all"
              onCreate={openCreate}
              title={t('ui.implementation.projects.allTitle')}
              health={health}
            />
          ) : (
            <ProjectList scope="mine" onCreate={openCreate} health={health} />
          )}
          {me.can.editTemplates ? (
            <Link to="/implementation/templates" className={styles.templatesLink}>
              {t('ui.implementation.templates.entry')}
            </Link>
          ) : null}
        </div>
      </PullToRefresh>
    </main>
  );
}
