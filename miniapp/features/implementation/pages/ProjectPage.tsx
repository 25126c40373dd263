/** One implementation project on the phone: health and progress, goals, the timeline, and every task to tick (and export). */
import { ExportButton } from '@miniapp/components/ExportButton';
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { PendingSubmissions } from '@miniapp/components/PendingSubmissions';
import { CaptureRequirementButton } from '@miniapp/features/requirements/components/CaptureRequirementButton';
import { LinkOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useProject } from '../api';
import { AcceptanceItems } from '../components/AcceptanceItems';
import styles from '../components/implementation.module.css';
import { PhaseList } from '../components/PhaseList';
import { PhaseTimeline } from '../components/PhaseTimeline';
import { GoalsCard, ProjectSummaryCard } from '../components/ProjectSummaryCard';
import { ShareStatus } from '../components/ShareStatus';
import { StatusLinks } from '../components/StatusLinks';
import { UpgradeBanner } from '../components/UpgradeBanner';
import { taskKind } from '../task-submissions';

export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const project = useProject(id);
  const [isSharing, setSharing] = useState(false);
  const canShare = project.data?.can.share ?? false;

  return (
    <main className={styles.page}>
      <PageHeader
        title={project.data?.customerName ?? t('ui.implementation.project.title')}
        backFallback="/implementation"
        actions={
          canShare ? (
            <button type="button" className={styles.shareButton} onClick={() => setSharing(true)}>
              <LinkOutline aria-hidden="true" />
              <span>{t('ui.implementation.share.button')}</span>
            </button>
          ) : null
        }
      />
      <PageState
        deferRows
        isLoading={project.isPending}
        error={project.data ? null : project.error}
        onRetry={() => void project.refetch()}
        skeletonRows={4}
      >
        {project.data ? (
          <>
            <ProjectSummaryCard project={project.data} />
            <CaptureRequirementButton customerId={project.data.customerId} projectId={project.data.id} />
            <UpgradeBanner project={project.data} />
            <PendingSubmissions kind={taskKind} />
            <GoalsCard project={project.data} />
            <PhaseTimeline phases={project.data.phases} />
            <div className={styles.taskTools}>
              <ExportButton path={`/projects/${project.data.id}/tasks/export`} params={{}} />
            </div>
            <PhaseList project={project.data} />
            <AcceptanceItems project={project.data} />
            <StatusLinks project={project.data} />
            {canShare ? (
              <ShareStatus
                projectId={project.data.id}
                customerName={project.data.customerName}
                isOpen={isSharing}
                onClose={() => setSharing(false)}
              />
            ) : null}
          </>
        ) : null}
      </PageState>
    </main>
  );
}
