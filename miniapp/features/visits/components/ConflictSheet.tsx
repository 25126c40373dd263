/** A save refused because the visit changed meanwhile: both versions side by side, the rep chooses; nothing is overwritten silently. */
import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SheetForm } from '@miniapp/components/SheetForm';
import { currentLocale } from '@miniapp/lib/i18n';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dayAndTime } from '../dates';
import type { VisitDraft } from '../visit-draft';
import styles from './visits.module.css';

interface ConflictSheetProps {
  mine: VisitDraft;
  theirs: VisitDraft;
  isSaving: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

type Comparable = Exclude<keyof VisitDraft, 'clientId' | 'customer' | 'checkIn' | 'photos'>;

const compared: Comparable[] = [
  'kind',
  'visitedAt',
  'purpose',
  'participants',
  'attendeeContactIds',
  'notes',
  'outcome',
  'nextStep',
  'followUpAt',
];

const labelKeys: Record<Comparable, string> = {
  kind: 'ui.visits.form.kind',
  visitedAt: 'ui.visits.form.visitedAt',
  purpose: 'ui.visits.form.purpose',
  participants: 'ui.visits.form.participants',
  attendeeContactIds: 'ui.visits.form.attendees',
  notes: 'ui.visits.form.notes',
  outcome: 'ui.visits.form.outcome',
  nextStep: 'ui.visits.form.nextStep',
  followUpAt: 'ui.visits.form.followUpAt',
};

function shownValue(draft: VisitDraft, field: Comparable, t: TFunction): string {
  switch (field) {
    case 'kind':
      return draft.kind ? t(`ui.visits.kinds.${draft.kind}`) : '';
    case 'visitedAt':
      return draft.visitedAt ? dayAndTime(draft.visitedAt, { t, locale: currentLocale() }) : '';
    case 'participants':
      return draft.participants.map((person) => person.name).join('、');
    case 'attendeeContactIds':
      return String(draft.attendeeContactIds.length);
    default:
      return draft[field] ?? '';
  }
}

export function ConflictSheet({ mine, theirs, isSaving, onKeepMine, onKeepTheirs }: ConflictSheetProps) {
  const { t } = useTranslation();
  const differing = compared.filter((field) => shownValue(mine, field, t) !== shownValue(theirs, field, t));
  return (
    <SheetFrame isOpen>
      <SheetForm
        role="alertdialog"
        title={t('ui.visits.conflict.title')}
        onSubmit={onKeepMine}
        primary={{ label: t('ui.visits.conflict.keepMine') }}
        secondary={{ label: t('ui.visits.conflict.keepTheirs'), onClick: onKeepTheirs }}
        isBusy={isSaving}
        areActionsEven
      >
        <p className={styles.hint}>{t('ui.visits.conflict.body')}</p>
        <table className={styles.conflictTable}>
          <thead>
            <tr>
              <th scope="col">{t('ui.visits.conflict.field')}</th>
              <th scope="col">{t('ui.visits.conflict.mine')}</th>
              <th scope="col">{t('ui.visits.conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((field) => (
              <tr key={field}>
                <th scope="row">{t(labelKeys[field])}</th>
                <td>{shownValue(mine, field, t) || t('ui.common.notSet')}</td>
                <td>{shownValue(theirs, field, t) || t('ui.common.notSet')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </SheetForm>
    </SheetFrame>
  );
}
