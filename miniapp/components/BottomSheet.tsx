/** The app's titled bottom sheet: closes on the mask or its close button and forgets its content when closed. */
import { Popup } from 'antd-mobile';
import type { ReactNode } from 'react';
import styles from './bottom-sheet.module.css';

interface BottomSheetProps {
  isOpen: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

export function BottomSheet({ isOpen, title, onClose, children }: BottomSheetProps) {
  return (
    <Popup
      visible={isOpen}
      onMaskClick={onClose}
      onClose={onClose}
      destroyOnClose
      showCloseButton
      bodyClassName={styles.sheet}
    >
      <div className={styles.body}>
        <h2 className={styles.title}>{title}</h2>
        {children}
      </div>
    </Popup>
  );
}

/**
 * A secondary action beside a wider primary one (reset / apply) at the foot of a sheet; `isEven` for two choices
 * of equal weight (keep mine / keep theirs), so neither label wraps.
 */
export function BottomSheetFooter({ isEven, children }: { isEven?: boolean; children: ReactNode }) {
  return <div className={isEven ? `${styles.footer} ${styles.footerEven}` : styles.footer}>{children}</div>;
}

/** The sheet's look for a sheet that must not be dismissed (a decision the person has to make). */
export const bottomSheetStyles = { sheet: styles.sheet, body: styles.body, title: styles.title };
