/** The "?" sheet: every workbench shortcut in one list. */
import { Modal } from 'antd';
import { useTranslation } from 'react-i18next';

const keys = ['move', 'select', 'plan', 'decline', 'review', 'merge', 'edit', 'help'] as const;

export function ShortcutHelp({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open={isOpen} title={t('ui.requirements.desk.shortcuts')} footer={null} onCancel={onClose}>
      <ul>
        {keys.map((key) => (
          <li key={key}>{t(`ui.requirements.desk.shortcutList.${key}`)}</li>
        ))}
      </ul>
    </Modal>
  );
}
