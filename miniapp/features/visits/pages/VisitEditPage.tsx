/** Edit a saved visit (owner, same day); a newer version on the server is shown to the rep, never overwritten silently. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { PageState } from '@miniapp/components/PageState';
import { showFailure, showSuccess } from '@miniapp/components/toast';
import { apiGet, isApiError } from '@miniapp/lib/api-client';
import type { FieldErrors } from '@shared/i18n/validation';
import type { Visit } from '@shared/schemas/visits';
import { useQueryClient } from '@tanstack/react-query';
import Button from 'antd-mobile/es/components/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useUpdateVisit, useVisit, visitKeys } from '../api';
import { ConflictSheet } from '../components/ConflictSheet';
import { VisitForm } from '../components/VisitForm';
import styles from '../components/visit-form.module.css';
import { draftOfVisit, updateBodyOf, type VisitDraft } from '../visit-draft';

export function VisitEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const visit = useVisit(id);
  return (
    <PageState
      isLoading={visit.isPending}
      error={visit.data ? null : visit.error}
      onRetry={() => void visit.refetch()}
      skeletonRows={3}
    >
      {visit.data ? (
        <EditForm key={visit.data.id} visit={visit.data} />
      ) : (
        <PageHeader title={t('ui.visits.form.editTitle')} backFallback={`/visits/${id}`} />
      )}
    </PageState>
  );
}

function EditForm({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateVisit(visit.id);
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<VisitDraft>(() => draftOfVisit(visit));
  const [baseVersion, setBaseVersion] = useState(visit.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [newer, setNewer] = useState<Visit | null>(null);

  function save(version: number): void {
    update.mutate(updateBodyOf(draft, version), {
      onSuccess: () => {
        showSuccess(t('ui.visits.form.saved'));
        void navigate(`/visits/${visit.id}`, { replace: true });
      },
      onError: async (error) => {
        if (isApiError(error, 'VERSION_CONFLICT')) {
          const latest = await apiGet<Visit>(`/visits/${visit.id}`);
          queryClient.setQueryData(visitKeys.detail(visit.id), latest);
          setNewer(latest);
          return;
        }
        if (isApiError(error) && Object.keys(error.fields).length > 0) setErrors(error.fields);
        showFailure(isApiError(error) ? error.message : t('errors.INTERNAL'));
      },
    });
  }

  return (
    <main className={styles.form}>
      <PageHeader title={t('ui.visits.form.editTitle')} backFallback={`/visits/${visit.id}`} />
      <VisitForm
        draft={draft}
        onChange={(patch) => {
          setDraft((current) => ({ ...current, ...patch }));
          setErrors({});
        }}
        errors={errors}
        isEditing
      />
      <div className={styles.footerSingle}>
        <Button color="primary" shape="rounded" loading={update.isPending} onClick={() => save(baseVersion)}>
          {t('ui.visits.form.save')}
        </Button>
      </div>
      {newer ? (
        <ConflictSheet
          mine={draft}
          theirs={draftOfVisit(newer)}
          isSaving={update.isPending}
          onKeepMine={() => {
            setBaseVersion(newer.version);
            setNewer(null);
            save(newer.version);
          }}
          onKeepTheirs={() => void navigate(`/visits/${visit.id}`, { replace: true })}
        />
      ) : null}
    </main>
  );
}
