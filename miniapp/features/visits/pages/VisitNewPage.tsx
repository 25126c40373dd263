/** 记录拜访: a draft kept on the phone as you type, sent through the offline queue so nothing is lost. */
import { PageHeader } from '@miniapp/components/PageHeader';
import { LoadingSkeleton } from '@miniapp/components/PageState';
import { PhotoPicker } from '@miniapp/components/PhotoPicker';
import { showSuccess } from '@miniapp/components/toast';
import { apiGet } from '@miniapp/lib/api-client';
import { useDraft } from '@miniapp/lib/offline/drafts';
import { submit } from '@miniapp/lib/offline/queue';
import type { FieldErrors } from '@shared/i18n/validation';
import { parseLocalized } from '@shared/i18n/validation';
import type { Customer } from '@shared/schemas/customers';
import { visitCreate } from '@shared/schemas/visits';
import { useQuery } from '@tanstack/react-query';
import { Button, Dialog } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { CheckInField } from '../components/CheckInField';
import { VisitForm } from '../components/VisitForm';
import styles from '../components/visit-form.module.css';
import { kindLabel } from '../labels';
import { visitSubmissionKind } from '../sender';
import { blankDraft, createBodyOf, labelOf, type VisitDraft } from '../visit-draft';

const draftKey = 'visit:new';
const maxVisitPhotos = 9;

/** The customer named in `?customerId=` (from a customer's page), read once to show its name. */
function usePresetCustomer(customerId: string | null) {
  return useQuery({
    queryKey: ['customers', 'detail', customerId ?? ''],
    queryFn: () => apiGet<Customer>(`/customers/${customerId}`),
    enabled: customerId !== null,
  });
}

function hasContent(draft: VisitDraft): boolean {
  return (
    draft.customer !== null ||
    draft.kind !== null ||
    draft.photos.length > 0 ||
    draft.participants.length > 0 ||
    [draft.purpose, draft.notes, draft.outcome, draft.nextStep].some((text) => text.trim() !== '')
  );
}

export function VisitNewPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const presetId = searchParams.get('customerId');
  const preset = usePresetCustomer(presetId);
  const [initial] = useState(() => blankDraft());
  const { value: draft, setValue, clear, isRestored } = useDraft<VisitDraft>(draftKey, initial);
  // Decided once, when the stored draft arrives: did the rep come back to something unfinished?
  const [wasRestored, setWasRestored] = useState<boolean | null>(null);
  useEffect(() => {
    if (isRestored && wasRestored === null) setWasRestored(hasContent(draft));
  }, [isRestored, wasRestored, draft]);

  // The list is where the rep lands after sending; load its code now, while the network may still be there.
  useEffect(() => void import('./VisitsPage'), []);

  useEffect(() => {
    if (!isRestored || !preset.data || draft.customer?.id === preset.data.id) return;
    setValue({ ...draft, customer: { id: preset.data.id, name: preset.data.name }, attendeeContactIds: [] });
  }, [isRestored, preset.data, draft, setValue]);

  if (!isRestored) {
    return (
      <main>
        <PageHeader title={t('ui.visits.form.newTitle')} backFallback="/visits" />
        <LoadingSkeleton rows={3} />
      </main>
    );
  }
  return (
    <VisitDraftForm
      draft={draft}
      onChange={(patch) => setValue({ ...draft, ...patch })}
      onSent={() => clear()}
      showRestored={wasRestored === true}
      backTo={presetId ? `/customers/${presetId}` : '/visits'}
    />
  );
}

interface VisitDraftFormProps {
  draft: VisitDraft;
  onChange: (patch: Partial<VisitDraft>) => void;
  onSent: () => Promise<void> | void;
  showRestored: boolean;
  backTo: string;
}

function VisitDraftForm({ draft, onChange, onSent, showRestored, backTo }: VisitDraftFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [isSending, setSending] = useState(false);

  async function send(): Promise<void> {
    // "Now" is when the rep pressed submit, not when a flaky network finally lets the visit through.
    const body = { ...createBodyOf(draft), visitedAt: draft.visitedAt ?? new Date().toISOString() };
    const parsed = parseLocalized(visitCreate, body, t);
    if (!parsed.ok) {
      setErrors(parsed.fields);
      return;
    }
    setSending(true);
    try {
      const label = labelOf(draft, draft.kind ? kindLabel(t, draft.kind) : '');
      await submit(visitSubmissionKind, {
        clientId: draft.clientId,
        label,
        body: parsed.data,
        photos: draft.photos,
      });
      await onSent();
      showSuccess(navigator.onLine ? t('ui.visits.form.submitted') : t('ui.visits.form.savedOffline'));
      void navigate('/visits', { replace: true });
    } finally {
      setSending(false);
    }
  }

  function discard(): void {
    void Dialog.confirm({
      title: t('ui.visits.form.discardDraftTitle'),
      confirmText: t('ui.visits.form.discardDraft'),
      cancelText: t('ui.common.cancel'),
      onConfirm: async () => {
        await onSent();
        void navigate(backTo, { replace: true });
      },
    });
  }

  return (
    <main className={styles.form}>
      <PageHeader title={t('ui.visits.form.newTitle')} backFallback={backTo} />
      {showRestored ? (
        <p className={styles.restored} role="status">
          {t('ui.visits.form.draftRestored')}
        </p>
      ) : null}
      <VisitForm
        draft={draft}
        onChange={(patch) => {
          onChange(patch);
          setErrors({});
        }}
        errors={errors}
        checkInSlot={<CheckInField value={draft.checkIn} onChange={(checkIn) => onChange({ checkIn })} />}
        photosSlot={
          <PhotoPicker
            photos={draft.photos}
            onChange={(photos) => onChange({ photos })}
            max={maxVisitPhotos}
          />
        }
      />
      <div className={styles.footer}>
        <Button shape="rounded" onClick={discard}>
          {t('ui.visits.form.discardDraft')}
        </Button>
        <Button color="primary" shape="rounded" loading={isSending} onClick={() => void send()}>
          {t('ui.visits.form.submit')}
        </Button>
      </div>
    </main>
  );
}
