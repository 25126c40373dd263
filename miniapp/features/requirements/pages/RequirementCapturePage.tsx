/**
 * 记录需求: title, description, the customer's words, customer, importance, category, photo. Similar requirements
 * appear while typing; picking one turns the capture into a mention. Kept as a draft and sent through the queue.
 */
import { reportInvalid } from '@miniapp/components/form-errors';
import { PageHeader } from '@miniapp/components/PageHeader';
import { LoadingSkeleton } from '@miniapp/components/PageState';
import { useFieldErrors } from '@miniapp/components/use-field-errors';
import { useQueuedSubmit } from '@miniapp/components/use-queued-submit';
import { whenIdleAfterLoad } from '@miniapp/lib/idle';
import { type Draft, useDraft } from '@miniapp/lib/offline/drafts';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import { useGoBack } from '@miniapp/lib/use-go-back';
import Button from 'antd-mobile/es/components/button';
import NoticeBar from 'antd-mobile/es/components/notice-bar';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useCustomerChoice } from '../api';
import {
  blankCapture,
  type CaptureDraft,
  type CaptureSource,
  createBodyOf,
  draftKeyOf,
  hasCaptureContent,
  mentionBodyOf,
  similarQueryOf,
} from '../capture-draft';
import { CaptureForm } from '../components/CaptureForm';
import { GoLiveSwitch } from '../components/GoLiveSwitch';
import styles from '../components/requirements.module.css';
import { SimilarSuggestions } from '../components/SimilarSuggestions';
import '../senders';

const loadChecks = () => import('../capture-check');

/** Server and schema paths → the input that shows them. */
function fieldForPath(path: string): string | undefined {
  const head = path.split('.')[0];
  if (head === 'customerId') return 'customer';
  return ['title', 'description', 'quote', 'category', 'importance'].find((field) => field === head);
}

function useCaptureSource(): {
  source: CaptureSource;
  target: CaptureDraft['target'];
  quoteFrom: string | null;
} {
  const [params] = useSearchParams();
  const { state } = useLocation() as {
    state: { target?: CaptureDraft['target']; quoteFrom?: string | null } | null;
  };
  return {
    quoteFrom: state?.quoteFrom ?? null,
    source: {
      customerId: params.get('customerId'),
      visitId: params.get('visitId'),
      projectId: params.get('projectId'),
    },
    target: state?.target ?? null,
  };
}

export function RequirementCapturePage() {
  const { t } = useTranslation();
  const { source, target, quoteFrom } = useCaptureSource();
  const draft = useDraft<CaptureDraft>(draftKeyOf(source), {
    makeInitial: () => ({ ...blankCapture(), target }),
    hasContent: hasCaptureContent,
  });
  const isMention = draft.value.target !== null;
  return (
    <main className={styles.page}>
      <PageHeader
        title={t(isMention ? 'ui.requirements.form.mentionTitle' : 'ui.requirements.form.newTitle')}
        backFallback={source.customerId ? `/customers/${source.customerId}` : '/requirements'}
      />
      {draft.isRestored ? (
        <CaptureScreen
          key={draft.value.clientId}
          draft={draft}
          source={source}
          target={target}
          quoteFrom={quoteFrom}
        />
      ) : (
        <LoadingSkeleton rows={3} />
      )}
    </main>
  );
}

interface CaptureScreenProps {
  draft: Draft<CaptureDraft>;
  source: CaptureSource;
  /** Chosen in the pool ("my customer wants this too"); wins over an older draft's choice. */
  target: CaptureDraft['target'];
  /** The visit's notes, offered as the customer's words. */
  quoteFrom: string | null;
}

function CaptureScreen({ draft, source, target, quoteFrom }: CaptureScreenProps) {
  const { t } = useTranslation();
  const { errors, target: errorsAt, clear } = useFieldErrors();
  const goBack = useGoBack(source.customerId ? `/customers/${source.customerId}` : '/requirements');
  const queued = useQueuedSubmit(
    { sent: t('ui.requirements.form.saved'), queued: t('ui.requirements.form.queued') },
    async () => {
      await draft.finish();
      goBack();
    },
  );
  const value = draft.value;
  const update = (changes: Partial<CaptureDraft>) => {
    draft.setValue((previous) => ({ ...previous, ...changes }));
    clear(Object.keys(changes));
  };
  usePrefilledCustomer(source.customerId, value, (customer) => update({ customer }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: apply the pool's choice once, on opening
  useEffect(() => {
    if (target && value.target?.id !== target.id) update({ target });
  }, []);
  const similarQuery = useDebouncedValue(value.target ? '' : similarQueryOf(value), 400);
  // Ready before the first tap on save, and still there if the network drops while typing.
  useEffect(() => whenIdleAfterLoad(() => void loadChecks()), []);

  async function send(): Promise<void> {
    const picked = value.target;
    const body = picked ? mentionBodyOf(value, source) : createBodyOf(value, source);
    const checks = await loadChecks();
    const parsed = picked ? checks.checkMentionCreate(body, t) : checks.checkRequirementCreate(body, t);
    if (!parsed.ok) {
      reportInvalid(errorsAt, parsed.fields, fieldForPath);
      return;
    }
    await queued.submit(picked ? 'mention' : 'requirement', {
      clientId: value.clientId,
      label: picked ? picked.title : value.title.trim(),
      body: picked ? { ...parsed.data, requirementId: picked.id } : parsed.data,
      photos: value.photos,
    });
  }

  return (
    <>
      {draft.hasRestoredContent ? <RestartBar onRestart={() => void draft.restart()} /> : null}
      {value.target ? (
        <section className={styles.target} aria-label={t('ui.requirements.form.mentionOf')}>
          <span className={styles.label}>{t('ui.requirements.form.mentionOf')}</span>
          <strong>{value.target.title}</strong>
          <Button size="small" fill="outline" onClick={() => update({ target: null })}>
            {t('ui.requirements.form.cancelMention')}
          </Button>
        </section>
      ) : null}
      <CaptureForm
        draft={value}
        errors={errors}
        onChange={update}
        onSubmit={() => void send()}
        isSubmitting={queued.isSending}
        quoteSuggestion={quoteFrom}
        suggestions={
          <SimilarSuggestions query={similarQuery} onPick={(picked) => update({ target: picked })} />
        }
        extra={
          <GoLiveSwitch
            projectId={source.projectId}
            customerId={value.customer?.id ?? null}
            checked={value.goLive === true}
            onChange={(goLive) => update({ goLive })}
          />
        }
      />
      {source.visitId || source.projectId ? (
        <p className={styles.source}>
          {t(source.visitId ? 'ui.requirements.form.fromVisit' : 'ui.requirements.form.fromProject')}
        </p>
      ) : null}
      {queued.sheet}
    </>
  );
}

/** Opened for a customer (customer page, visit): fill the customer in once, unless the draft already has one. */
function usePrefilledCustomer(
  customerId: string | null,
  value: CaptureDraft,
  fill: (customer: { id: string; name: string }) => void,
) {
  const customer = useCustomerChoice(value.customer ? null : customerId);
  const loaded = customer.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill once when the customer arrives
  useEffect(() => {
    if (loaded && !value.customer) fill({ id: loaded.id, name: loaded.name });
  }, [loaded]);
}

function RestartBar({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <NoticeBar
      color="info"
      content={t('ui.requirements.form.restored')}
      extra={
        <Button size="mini" fill="none" color="primary" onClick={onRestart}>
          {t('ui.requirements.form.discardDraft')}
        </Button>
      }
    />
  );
}
