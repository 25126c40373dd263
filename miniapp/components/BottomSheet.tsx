/**
 * The app's bottom sheets. `SheetFrame` is the sheet itself: it slides up, closes on its mask or close button when
 * it may be dismissed, and forgets its content when closed. `BottomSheet` is a titled sheet for choosing from a list.
 * Anything the person fills in or decides goes in a `SheetForm` inside a `SheetFrame`.
 */
import Popup from 'antd-mobile/es/components/popup';
import { type ReactNode, useId } from 'react';
import styles from './bottom-sheet.module.css';

export interface SheetFrameProps {
  isOpen: boolean;
  /** Without it the sheet cannot be dismissed: a decision the person has to make. */
  onClose?: (() => void) | undefined;
  children: ReactNode;
}

export function SheetFrame({ isOpen, onClose, children }: SheetFrameProps) {
  const isDismissable = onClose !== undefined;
  return (
    <Popup
      visible={isOpen}
      onMaskClick={onClose}
      onClose={onClose}
      destroyOnClose
      showCloseButton={isDismissable}
      bodyClassName={styles.sheet}
    >
      {children}
    </Popup>
  );
}

interface BottomSheetProps {
  isOpen: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function BottomSheet({ isOpen, title, onClose, children }: BottomSheetProps) {
  const titleId = useId();
  return (
    <SheetFrame isOpen={isOpen} onClose={onClose}>
      <div className={styles.body} role="dialog" aria-labelledby={titleId}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {children}
      </div>
    </SheetFrame>
  );
}
