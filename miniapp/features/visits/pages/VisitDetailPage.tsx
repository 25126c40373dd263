/** One visit: what was recorded, its photos and check-in evidence, and edit/delete when this person may. */
import { HeaderAction, PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { CaptureRequirementButton } from '@miniapp/features/requirements/components/CaptureRequirementButton';
import { isApiError } from '@miniapp/lib/api-client';
import type { Visit } from '@shared/schemas/visits';
import Dialog from 'antd-mobile/es/components/dialog';
import { DeleteOutline, EditSOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDeleteVisit, useVisit } from '../api';
import { CheckInEvidence, EvidenceScoreCard } from '../components/VisitEvidence';
import { VisitFacts, VisitPhotos } from '../components/VisitFacts';
import styles from '../components/visit-detail.module.css';
import cardStyles from '../components/visits.module.css';

export function VisitDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const visit = useVisit(id);
  return (
    <main className={styles.page}>
      <PageHeader
        title={visit.data?.customer.name ?? t('ui.visits.detail.title')}
        backFallback="/visits"
        actions={visit.data ? <VisitActions visit={visit.data} /> : null}
      />
      <PageState
        isLoading={visit.isPending}
        error={visit.data ? null : visit.error}
        onRetry={() => void visit.refetch()}
        skeletonRows={3}
      >
        {visit.data ? <VisitBody visit={visit.data} /> : null}
      </PageState>
    </main>
  );
}

function VisitBody({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <>
      <VisitFacts visit={visit} />
      {/* Right under the notes, where the need was heard; the notes can become the customer's words. */}
      <CaptureRequirementButton customerId={visit.customerId} visitId={visit.id} quoteFrom={visit.notes} />
      <VisitPhotos photos={visit.photos} />
      {visit.checkIn ? <CheckInEvidence visit={visit} checkIn={visit.checkIn} /> : null}
      {/* A planned visit has no evidence yet; a score of 0 would read as a bad visit. */}
      {visit.status === 'done' ? <EvidenceScoreCard evidence={visit.evidence} /> : null}
      <p className={cardStyles.card}>
        <Link to={`/customers/${visit.customerId}`}>{t('ui.visits.detail.openCustomer')}</Link>
      </p>
    </>
  );
}

function VisitActions({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteVisit(visit);

  function confirmDelete(): void {
    void Dialog.confirm({
      title: t('ui.visits.detail.deleteTitle'),
      content: t('ui.visits.detail.deleteBody'),
      confirmText: t('ui.visits.detail.delete'),
      cancelText: t('ui.common.cancel'),
      onConfirm: async () => {
        try {
          await remove.mutateAsync();
          showSuccess(t('ui.visits.detail.deleted'));
          void navigate('/visits', { replace: true });
        } catch (error) {
          showFailure(isApiError(error) ? error.message : t('errors.INTERNAL'));
        }
      },
    });
  }

  return (
    <>
      {visit.can.update ? (
        <HeaderAction
          label={t('ui.visits.detail.edit')}
          onClick={() => void navigate(`/visits/${visit.id}/edit`)}
        >
          <EditSOutline aria-hidden="true" />
        </HeaderAction>
      ) : null}
      {visit.can.delete ? (
        <HeaderAction label={t('ui.visits.detail.delete')} isDanger onClick={confirmDelete}>
          <DeleteOutline aria-hidden="true" />
        </HeaderAction>
      ) : null}
    </>
  );
}
