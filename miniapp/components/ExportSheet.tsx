/** The choice behind 导出: Excel or CSV (antd-mobile's sheet, loaded on the first tap, not with the list). */
import ActionSheet from 'antd-mobile/es/components/action-sheet';
import { useTranslation } from 'react-i18next';

export type ExportFormat = 'xlsx' | 'csv';

interface ExportSheetProps {
  isOpen: boolean;
  onChoose: (format: ExportFormat) => void;
  onClose: () => void;
}

export function ExportSheet({ isOpen, onChoose, onClose }: ExportSheetProps) {
  const { t } = useTranslation();
  return (
    <ActionSheet
      visible={isOpen}
      extra={t('ui.exports.hint')}
      cancelText={t('ui.exports.cancel')}
      actions={[
        { key: 'xlsx', text: t('ui.exports.asXlsx'), onClick: () => onChoose('xlsx') },
        { key: 'csv', text: t('ui.exports.asCsv'), onClick: () => onChoose('csv') },
      ]}
      onClose={onClose}
    />
  );
}
