/** A bar above the tabs offering 撤销 for a change just made; it goes away by itself after a few seconds. */
import { undoToastMs } from '@shared/domain/undo';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import styles from './undo-bar.module.css';

interface UndoBarProps {
  text: string;
  onUndo: () => void;
  /** Called when the time is up; keep it stable (useCallback), or the countdown starts again. */
  onClose: () => void;
}

export function UndoBar({ text, onUndo, onClose }: UndoBarProps) {
  const { t } = useTranslation();
  useEffect(() => {
    const timer = setTimeout(onClose, undoToastMs);
    return () => clearTimeout(timer);
  }, [onClose]);
  return createPortal(
    <div className={styles.bar} role="status">
      <span className={styles.text}>{text}</span>
      <button type="button" className={styles.undo} onClick={onUndo}>
        {t('ui.common.undo')}
      </button>
    </div>,
    document.body,
  );
}
