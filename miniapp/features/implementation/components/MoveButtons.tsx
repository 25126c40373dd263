/** Up, down and remove for one phase or task; each button says what it moves, for a screen reader and a test. */
import Button from 'antd-mobile/es/components/button';
import { DeleteOutline, DownOutline, UpOutline } from 'antd-mobile-icons';
import { useTranslation } from 'react-i18next';
import styles from './template-editor.module.css';

interface MoveButtonsProps {
  /** 'phase' or 'task', to word the buttons' names. */
  kind: 'phase' | 'task';
  name: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** A template keeps at least one phase. */
  canRemove: boolean;
  /** Icons only (their names stay for a screen reader), so a task's buttons fit beside its title on a phone. */
  isCompact?: boolean;
}

export function MoveButtons({
  kind,
  name,
  index,
  count,
  onMove,
  onRemove,
  canRemove,
  isCompact = false,
}: MoveButtonsProps) {
  const { t } = useTranslation();
  const label = (action: string) =>
    t(`ui.templateEditor.${kind}Action`, {
      action: t(`ui.templateEditor.${action}`),
      name: name.trim() || t('ui.templateEditor.untitled'),
    });
  return (
    <div className={styles.moves}>
      <Button
        size={isCompact ? 'small' : 'mini'}
        fill="outline"
        disabled={index === 0}
        aria-label={label('moveUp')}
        onClick={() => onMove(-1)}
      >
        <UpOutline aria-hidden="true" /> {isCompact ? null : t('ui.templateEditor.moveUp')}
      </Button>
      <Button
        size={isCompact ? 'small' : 'mini'}
        fill="outline"
        disabled={index === count - 1}
        aria-label={label('moveDown')}
        onClick={() => onMove(1)}
      >
        <DownOutline aria-hidden="true" /> {isCompact ? null : t('ui.templateEditor.moveDown')}
      </Button>
      <Button
        size={isCompact ? 'small' : 'mini'}
        fill="outline"
        color="danger"
        disabled={!canRemove}
        aria-label={label('remove')}
        onClick={onRemove}
      >
        <DeleteOutline aria-hidden="true" /> {isCompact ? null : t('ui.templateEditor.remove')}
      </Button>
    </div>
  );
}
