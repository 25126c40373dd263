/** The bottom sheet of visit filters: customer, kind and a date range, applied together with one tap. */

import { SheetFrame } from '@miniapp/components/BottomSheet';
import { SingleChoiceChips } from '@miniapp/components/ChoiceChips';
import { FormField } from '@miniapp/components/FormField';
import { SheetForm } from '@miniapp/components/SheetForm';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kindOptions } from '../labels';
import { noVisitFilters, type VisitFilters } from '../list-filters';
import { CustomerPickerPopup } from './CustomerPickerPopup';
import { DayField } from './FormParts';
import formStyles from './visit-form.module.css';

interface VisitFilterPopupProps {
  isOpen: boolean;
  filters: VisitFilters;
  onClose: () => void;
  onApply: (filters: VisitFilters) => void;
}

export function VisitFilterPopup({ isOpen, filters, onClose, onApply }: VisitFilterPopupProps) {
  return (
    <SheetFrame isOpen={isOpen} onClose={onClose}>
      <FilterForm initial={filters} onApply={onApply} />
    </SheetFrame>
  );
}

function FilterForm({
  initial,
  onApply,
}: {
  initial: VisitFilters;
  onApply: (filters: VisitFilters) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [isPicking, setPicking] = useState(false);
  const patch = (change: Partial<VisitFilters>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <SheetForm
      title={t('ui.visits.filters.title')}
      onSubmit={() => onApply(draft)}
      primary={{ label: t('ui.visits.filters.apply') }}
      secondary={{
        label: t('ui.visits.filters.reset'),
        onClick: () =>
          setDraft({ ...noVisitFilters, isFlaggedOnly: draft.isFlaggedOnly, owner: draft.owner }),
      }}
    >
      <FormField id="filter-customer" label={t('ui.visits.filters.customer')}>
        <div className={formStyles.inline}>
          <button
            type="button"
            id="filter-customer"
            className={formStyles.pickerButton}
            onClick={() => setPicking(true)}
          >
            {draft.customer?.name ?? t('ui.visits.filters.anyCustomer')}
          </button>
          {draft.customer ? (
            <button type="button" className={formStyles.clear} onClick={() => patch({ customer: undefined })}>
              {t('ui.visits.form.clearFollowUp')}
            </button>
          ) : null}
        </div>
      </FormField>
      <FormField id="filter-kind" label={t('ui.visits.filters.kind')}>
        <SingleChoiceChips
          id="filter-kind"
          label={t('ui.visits.filters.kind')}
          options={kindOptions(t)}
          value={draft.kind}
          canClear
          onChange={(kind) => patch({ kind })}
        />
      </FormField>
      <DayField
        id="filter-from"
        label={t('ui.visits.filters.from')}
        value={draft.from ?? null}
        onChange={(from) => patch({ from: from ?? undefined })}
        isPastAllowed
        emptyLabel={t('ui.visits.filters.anyDate')}
      />
      <DayField
        id="filter-to"
        label={t('ui.visits.filters.to')}
        value={draft.to ?? null}
        onChange={(to) => patch({ to: to ?? undefined })}
        isPastAllowed
        emptyLabel={t('ui.visits.filters.anyDate')}
      />
      <CustomerPickerPopup
        isOpen={isPicking}
        near={null}
        onClose={() => setPicking(false)}
        onPick={(customer) => {
          patch({ customer });
          setPicking(false);
        }}
      />
    </SheetForm>
  );
}
