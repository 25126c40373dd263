/**
 * What a person fills in or decides in a bottom sheet: a title that names it, the body, and its actions at the foot,
 * clear of the phone's home indicator. The primary action submits (Enter works too) and shows the sheet is busy;
 * it is refused while disabled or busy, so a second tap never sends twice. Put it inside a `SheetFrame`.
 */
import Button from 'antd-mobile/es/components/button';
import { type ReactNode, useId } from 'react';
import styles from './bottom-sheet.module.css';

export interface SheetAction {
  label: string;
  onClick: () => void;
}

interface SheetFormProps {
  title: string;
  /** The primary action. */
  onSubmit: () => void;
  primary: { label: string; color?: 'primary' | 'danger'; isDisabled?: boolean | undefined };
  secondary?: SheetAction | undefined;
  isBusy?: boolean | undefined;
  /** Two choices of equal weight (keep mine / keep theirs) share the foot evenly, so neither label wraps. */
  areActionsEven?: boolean;
  /** `alertdialog` for a decision the person has to make before going on. */
  role?: 'dialog' | 'alertdialog';
  children: ReactNode;
}

export function SheetForm({
  title,
  onSubmit,
  primary,
  secondary,
  isBusy = false,
  areActionsEven = false,
  role,
  children,
}: SheetFormProps) {
  const titleId = useId();
  const isRefused = isBusy || primary.isDisabled === true;
  return (
    <form
      className={styles.body}
      role={role}
      aria-labelledby={titleId}
      aria-busy={isBusy || undefined}
      onSubmit={(event) => {
        event.preventDefault();
        // The sheet sits in a portal, but React bubbles its submit to any form the sheet was opened from.
        event.stopPropagation();
        if (!isRefused) onSubmit();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div className={styles.content}>{children}</div>
      <div className={areActionsEven ? `${styles.footer} ${styles.footerEven}` : styles.footer}>
        {secondary ? (
          <Button shape="rounded" onClick={secondary.onClick}>
            {secondary.label}
          </Button>
        ) : null}
        <Button
          type="submit"
          shape="rounded"
          color={primary.color ?? 'primary'}
          loading={isBusy}
          disabled={primary.isDisabled}
        >
          {primary.label}
        </Button>
      </div>
    </form>
  );
}
