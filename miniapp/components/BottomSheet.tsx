/**
 * The app's bottom sheets. `SheetFrame` is the sheet itself: it slides up, closes on its mask or close button when
 * it may be dismissed, and forgets its content when closed; its code is not part of any screen's first download.
 * `BottomSheet` is a titled sheet for choosing from a list. Anything the person fills in or decides goes in a
 * `SheetForm` inside a `SheetFrame`.
 */
import { type ReactNode, useId } from 'react';
import styles from './bottom-sheet.module.css';
import { codeOnDemand, OnDemand } from './on-demand';
import type { SheetFrameProps } from './SheetPopup';

const sheetCode = codeOnDemand<SheetFrameProps>(async () => (await import('./SheetPopup')).SheetPopup);

/** Renders nothing until first opened; its code (about 30 KB gzipped) arrives when the page is first idle. */
export function SheetFrame(props: SheetFrameProps) {
  return <OnDemand code={sheetCode} isShown={props.isOpen} props={props} />;
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
