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

/** A secondary action beside a wider primary one (reset / apply) at the foot of a sheet. */
export function BottomSheetFooter({ children }: { children: ReactNode }) {
  return <div className={styles.footer}>{children}</div>;
}
