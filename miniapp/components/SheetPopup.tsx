/** The sheet itself, on antd-mobile's Popup and the animation library under it: loaded on demand by `SheetFrame`. */
import Popup from 'antd-mobile/es/components/popup';
import type { ReactNode } from 'react';
import styles from './bottom-sheet.module.css';

export interface SheetFrameProps {
  isOpen: boolean;
  /** Without it the sheet cannot be dismissed: a decision the person has to make. */
  onClose?: (() => void) | undefined;
  children: ReactNode;
}

export function SheetPopup({ isOpen, onClose, children }: SheetFrameProps) {
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
