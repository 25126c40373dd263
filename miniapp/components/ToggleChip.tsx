/** A rounded on/off chip for list toolbars ("only mine", "filters (2)"); pressed reads as aria-pressed. */
import type { ReactNode } from 'react';
import styles from './toggle-chip.module.css';

interface ToggleChipProps {
  isPressed: boolean;
  /** The chip opens a dialog (the filter sheet) rather than toggling in place. */
  opensDialog?: boolean;
  onClick: () => void;
  children: ReactNode;
}

export function ToggleChip({ isPressed, opensDialog, onClick, children }: ToggleChipProps) {
  return (
    <button
      type="button"
      className={styles.chip}
      aria-pressed={isPressed}
      aria-haspopup={opensDialog ? 'dialog' : undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
