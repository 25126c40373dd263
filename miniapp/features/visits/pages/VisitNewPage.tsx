/** 记录拜访: a draft kept on the phone as you type, sent through the offline queue so nothing is lost. */
import { confirmDialog } from '@miniapp/components/confirm';
import { PageHeader } from '@miniapp/components/PageHeader';
import { LoadingSkeleton } from '@miniapp/components/PageState';
import { PhotoPicker } from '@miniapp/components/PhotoPicker';
import { useQueuedSubmit } from '@miniapp/components/use-queued-submit';
import { whenIdleAfterLoad } from '@miniapp/lib/idle';
import { useDraft } from '@miniapp/lib/offline/drafts';
import type { FieldErrors } from '@shared/i18n/validation';
import Button from 'antd-mobile/es/components/button';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useVisitCustomer } from '../api';
import { CheckInField } from '../components/CheckInField';
import { VisitForm } from '../components/VisitForm';
import styles from '../components/visit-form.module.css';
import { kindLabel } from '../labels';
import { visitSubmissionKind } from '../sender';
import { blankDraft, createBodyOf, hasVisitContent, labelOf, type VisitDraft } from '../visit-draft';

/** One draft per place a visit is started from, so notes meant for one customer never open under another. */
const draftKeyOf = (customerId: string | null) => `visit:new:${customerId ?? 'tab'}`;
const maxVisitPhotos = 9;
const loadCheck = () => import('../visit-check');

export function VisitNewPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const presetId = searchParams.get('customerId');
  const preset = useVisitCustomer(presetId);
  const {
    value: draft,
    setValue,
    finish,
    isRestored,
    hasRestoredContent,
  } = useDraft<VisitDraft>(draftKeyOf(presetId), {
    makeInitial: () => blankDraft(),
    hasContent: hasVisitContent,
  });

  // The list is where the rep lands after sending; load its code once this screen is up, while the network may still
  // be there (before, it competed with the form's own code for the phone's first seconds, issue #14).
  useEffect(() => whenIdleAfterLoad(() => void import('./VisitsPage')), []);

  // The customer page's choice (or a customer just created from the picker) is applied once, when the screen
  // opens; never again after the visit is sent.
  const createdId = searchParams.get('newCustomerId');
  const created = useVisitCustomer(createdId);
  const chosen = createdId ? created.data : preset.data;
  const isPresetApplied = useRef(false);
  useEffect(() => {
    if (!isRestored || !chosen || isPresetApplied.current) return;
    isPresetApplied.current = true;
    const customer = { id: chosen.id, name: chosen.name };
    setValue((current) =>
      current.customer?.id === customer.id ? current : { ...current, customer, attendeeContactIds: [] },
    );
  }, [isRestored, chosen, setValue]);

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
      onChange={(patch) => setValue((current) => ({ ...current, ...patch }))}
      onSent={finish}
      showRestored={hasRestoredContent}
      backTo={presetId ? `/customers/${presetId}` : '/visits'}
    />
  );
}

interface VisitDraftFormProps {
  draft: VisitDraft;
  onChange: (patch: Partial<VisitDraft>) => void;
  onSent: () => Promise<void>;
  showRestored: boolean;
  backTo: string;
}

function VisitDraftForm({ draft, onChange, onSent, showRestored, backTo }: VisitDraftFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>({});
  // Ready before the first tap on submit, and still there if the network drops while typing.
  useEffect(() => whenIdleAfterLoad(() => void loadCheck()), []);
  const queued = useQueuedSubmit(
    { sent: t('ui.visits.form.submitted'), queued: t('ui.visits.form.savedOffline') },
    async () => {
      await onSent();
      void navigate('/visits', { replace: true });
    },
  );

  async function send(): Promise<void> {
    // "Now" is when the rep pressed submit, not when a flaky network finally lets the visit through.
    const body = { ...createBodyOf(draft), visitedAt: draft.visitedAt ?? new Date().toISOString() };
    const { checkVisitCreate } = await loadCheck();
    const parsed = checkVisitCreate(body, t);
    if (!parsed.ok) {
      setErrors(parsed.fields);
      return;
    }
    const label = labelOf(draft, draft.kind ? kindLabel(t, draft.kind) : '');
    await queued.submit(visitSubmissionKind, {
      clientId: draft.clientId,
      label,
      body: parsed.data,
      photos: draft.photos,
    });
  }

  function discard(): void {
    void confirmDialog({
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
        checkInSlot={
          <CheckInField
            customerId={draft.customer?.id ?? null}
            value={draft.checkIn}
            // Checking in at the customer is what an on-site visit is.
            onChange={(checkIn) => onChange(checkIn ? { checkIn, kind: 'onsite' } : { checkIn })}
          />
        }
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
        <Button color="primary" shape="rounded" loading={queued.isSending} onClick={() => void send()}>
          {t('ui.visits.form.submit')}
        </Button>
      </div>
      {queued.sheet}
    </main>
  );
}
