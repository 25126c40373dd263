/**
 * A form's submit through the offline queue, telling the person what really happened: "recorded" only when the
 * server stored it, "saved on the phone" while it waits for a network, the server's reason when it refused
 * (the form stays filled), and both versions when the server holds something else under the same client id.
 */
import {
  ClientIdInUseError,
  discardSubmission,
  keepSubmissionAsNew,
  type PendingSubmission,
  type Settled,
  type SubmissionDifference,
  type SubmitInput,
  submitAndSettle,
} from '@miniapp/lib/offline/queue';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SheetFrame } from './BottomSheet';
import { SheetForm } from './SheetForm';
import { SubmissionDifferenceHint, SubmissionDifferenceTable } from './SubmissionDifference';
import { showFailure, showSuccess } from './toast';

export interface QueuedSubmitMessages {
  /** The server stored it. */
  sent: string;
  /** Kept on the phone; the queue sends it when it can. */
  queued: string;
}

export interface QueuedSubmit {
  /** Answers whether the submission left the form (sent or queued): then the draft is done and the screen may close. */
  submit: (kind: string, input: SubmitInput) => Promise<boolean>;
  isSending: boolean;
  /** The sheet shown when the server answered with a different object; render it once in the screen. */
  sheet: ReactNode;
}

/** `onDone` runs once the submission is stored or queued for good: finish the draft and leave the screen. */
export function useQueuedSubmit(messages: QueuedSubmitMessages, onDone: () => Promise<void>): QueuedSubmit {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isSending, setSending] = useState(false);
  const [differing, setDiffering] = useState<{
    item: PendingSubmission;
    difference: SubmissionDifference;
  } | null>(null);

  async function report({ settlement, item }: Settled): Promise<boolean> {
    if (settlement === 'sent' || settlement === 'waiting') {
      await onDone();
      showSuccess(settlement === 'sent' ? messages.sent : messages.queued);
      return true;
    }
    if (settlement === 'differs' && item?.difference) {
      setDiffering({ item, difference: item.difference });
      return false;
    }
    // Refused: the form still holds everything; the queued copy would only be a second place to fix it.
    if (item) await discardSubmission(item.id);
    showFailure(item?.error ?? t('errors.INTERNAL'));
    return false;
  }

  async function submit(kind: string, input: SubmitInput): Promise<boolean> {
    setSending(true);
    try {
      return await report(await submitAndSettle(kind, input));
    } catch (error) {
      if (!(error instanceof ClientIdInUseError)) throw error;
      showFailure(t('ui.field.pending.inUse'));
      return false;
    } finally {
      setSending(false);
    }
  }

  async function keepMine(item: PendingSubmission): Promise<void> {
    setSending(true);
    try {
      setDiffering(null);
      await report(await keepSubmissionAsNew(item.id));
    } finally {
      setSending(false);
    }
  }

  async function openTheirs(item: PendingSubmission, link: string): Promise<void> {
    setDiffering(null);
    await discardSubmission(item.id);
    await onDone();
    void navigate(link, { replace: true });
  }

  const sheet = (
    <SheetFrame isOpen={differing !== null}>
      {differing ? (
        <SheetForm
          role="alertdialog"
          title={t('ui.field.pending.differs')}
          onSubmit={() => void keepMine(differing.item)}
          primary={{ label: t('ui.field.pending.keepAsNew') }}
          secondary={{
            label: t('ui.field.pending.openTheirs'),
            onClick: () => void openTheirs(differing.item, differing.difference.link),
          }}
          isBusy={isSending}
          areActionsEven
        >
          <SubmissionDifferenceHint />
          <SubmissionDifferenceTable difference={differing.difference} />
        </SheetForm>
      ) : null}
    </SheetFrame>
  );

  return { submit, isSending, sheet };
}
