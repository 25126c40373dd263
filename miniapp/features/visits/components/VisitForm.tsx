/** The visit form, controlled by a draft: customer and kind first (the only required parts), the rest on demand. */
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { TextField } from '@miniapp/components/TextField';
import { localDateOf } from '@shared/domain/clock';
import type { FieldErrors } from '@shared/i18n/validation';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpChoices } from '../dates';
import { kindOptions } from '../labels';
import type { VisitDraft } from '../visit-draft';
import { AttendeesField } from './AttendeesField';
import { CustomerPickerPopup } from './CustomerPickerPopup';
import { DayField, TimeField } from './FormParts';
import { ParticipantsField } from './ParticipantsField';
import styles from './visit-form.module.css';

interface VisitFormProps {
  draft: VisitDraft;
  onChange: (patch: Partial<VisitDraft>) => void;
  errors: FieldErrors;
  /** Editing a saved visit: its customer stays as it was recorded. */
  isEditing?: boolean;
  /** The check-in, shown under the kind when the visit is on-site (a new visit only). */
  checkInSlot?: ReactNode;
  /** The photos section (a new visit only). */
  photosSlot?: ReactNode;
}

export function VisitForm({
  draft,
  onChange,
  errors,
  isEditing = false,
  checkInSlot,
  photosSlot,
}: VisitFormProps) {
  const { t } = useTranslation();
  return (
    <>
      <section className={styles.card} aria-label={t('ui.visits.detail.facts')}>
        <CustomerField draft={draft} onChange={onChange} error={errors.customerId} isLocked={isEditing} />
        <FormField id="visit-kind" label={t('ui.visits.form.kind')} error={errors.kind} isRequired>
          <SingleChoiceChips
            id="visit-kind"
            label={t('ui.visits.form.kind')}
            options={kindOptions(t)}
            value={draft.kind ?? undefined}
            onChange={(kind) => onChange({ kind: kind ?? null })}
          />
        </FormField>
        {(draft.kind === 'onsite' || draft.kind === null) && checkInSlot ? (
          <FormField id="visit-check-in" label={t('ui.visits.checkIn.title')} error={errors.checkIn}>
            {checkInSlot}
          </FormField>
        ) : null}
        <TimeField
          id="visit-time"
          label={t('ui.visits.form.visitedAt')}
          value={draft.visitedAt}
          onChange={(visitedAt) => onChange({ visitedAt })}
          error={errors.visitedAt}
        />
        <TextField
          id="visit-purpose"
          label={t('ui.visits.form.purpose')}
          value={draft.purpose}
          onChange={(purpose) => onChange({ purpose })}
          placeholder={t('ui.visits.form.purposePlaceholder')}
          error={errors.purpose}
        />
      </section>
      <section className={styles.card} aria-label={t('ui.visits.form.notes')}>
        <ConversationFields draft={draft} onChange={onChange} errors={errors} />
      </section>
      <section className={styles.card} aria-label={t('ui.visits.form.attendees')}>
        <FormField
          id="visit-participants"
          label={t('ui.visits.form.participants')}
          error={errors.participantIds}
        >
          <ParticipantsField
            id="visit-participants"
            value={draft.participants}
            onChange={(participants) => onChange({ participants })}
          />
        </FormField>
        <FormField
          id="visit-attendees"
          label={t('ui.visits.form.attendees')}
          error={errors.attendeeContactIds}
        >
          <AttendeesField
            customerId={draft.customer?.id}
            value={draft.attendeeContactIds}
            onChange={(attendeeContactIds) => onChange({ attendeeContactIds })}
          />
        </FormField>
      </section>
      {photosSlot ? (
        <section className={styles.card} aria-label={t('ui.visits.form.photos')}>
          <FormField id="visit-photos" label={t('ui.visits.form.photos')} error={errors.attachmentIds}>
            {photosSlot}
          </FormField>
        </section>
      ) : null}
    </>
  );
}

function ConversationFields({
  draft,
  onChange,
  errors,
}: Pick<VisitFormProps, 'draft' | 'onChange' | 'errors'>) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="visit-notes"
        label={t('ui.visits.form.notes')}
        value={draft.notes}
        onChange={(notes) => onChange({ notes })}
        placeholder={t('ui.visits.form.notesPlaceholder')}
        error={errors.notes}
        isMultiline
      />
      <TextField
        id="visit-outcome"
        label={t('ui.visits.form.outcome')}
        value={draft.outcome}
        onChange={(outcome) => onChange({ outcome })}
        placeholder={t('ui.visits.form.outcomePlaceholder')}
        error={errors.outcome}
      />
      <TextField
        id="visit-next-step"
        label={t('ui.visits.form.nextStep')}
        value={draft.nextStep}
        onChange={(nextStep) => onChange({ nextStep })}
        placeholder={t('ui.visits.form.nextStepPlaceholder')}
        error={errors.nextStep}
      />
      <DayField
        id="visit-follow-up"
        label={t('ui.visits.form.followUpAt')}
        value={draft.followUpAt}
        onChange={(followUpAt) => onChange({ followUpAt })}
        error={errors.followUpAt}
      />
      <FollowUpChips value={draft.followUpAt} onChange={(followUpAt) => onChange({ followUpAt })} />
    </>
  );
}

/** 明天 / 本周五 / 下周一: the days a rep agrees with a customer, one tap each. */
function FollowUpChips({ value, onChange }: { value: string | null; onChange: (date: string) => void }) {
  const { t } = useTranslation();
  const choices = followUpChoices(localDateOf(new Date()));
  const chosen = choices.find((item) => item.date === value)?.choice;
  return (
    <SingleChoiceChips
      label={t('ui.visits.form.followUpQuick')}
      options={choices.map((item) => ({
        value: item.choice,
        label: t(`ui.visits.form.followUpChoices.${item.choice}`),
      }))}
      value={chosen}
      onChange={(choice) => {
        const picked = choices.find((item) => item.choice === choice);
        if (picked) onChange(picked.date);
      }}
    />
  );
}

function CustomerField({
  draft,
  onChange,
  error,
  isLocked,
}: {
  draft: VisitDraft;
  onChange: (patch: Partial<VisitDraft>) => void;
  error: string | undefined;
  isLocked: boolean;
}) {
  const { t } = useTranslation();
  const [isPicking, setPicking] = useState(false);
  const label = t('ui.visits.form.customer');
  return (
    <FormField id="visit-customer" label={label} error={error} isRequired>
      <button
        type="button"
        id="visit-customer"
        // Read as "客户 杭州云帆…": the field's name and the customer chosen, not the label alone.
        aria-labelledby="visit-customer-label visit-customer"
        className={styles.customerButton}
        disabled={isLocked}
        onClick={() => setPicking(true)}
      >
        {draft.customer ? (
          draft.customer.name
        ) : (
          <span className={styles.placeholder}>{t('ui.visits.form.chooseCustomer')}</span>
        )}
      </button>
      <CustomerPickerPopup
        isOpen={isPicking}
        near={draft.checkIn}
        onClose={() => setPicking(false)}
        onPick={(customer) => {
          // Attendees belong to one customer; a new customer starts with none chosen.
          const attendeeContactIds = customer.id === draft.customer?.id ? draft.attendeeContactIds : [];
          onChange({ customer, attendeeContactIds });
          setPicking(false);
        }}
      />
    </FormField>
  );
}
