/** A success message with 撤销 beside it, shown for as long as the change can still be taken back. */
import { undoToastMs } from '@shared/domain/undo';
import { App, Button } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function useUndoMessage(): (text: string, undo: () => void) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const key = useId();
  return (text, undo) => {
    void message.open({
      key,
      type: 'success',
      duration: undoToastMs / 1000,
      content: (
        <span>
          {text}
          <Button
            type="link"
            size="small"
            onClick={() => {
              message.destroy(key);
              undo();
            }}
          >
            {t('ui.common.undo')}
          </Button>
        </span>
      ),
    });
  };
}
