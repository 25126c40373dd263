/** Merge one requirement into another: the target is found by the same similarity search the phone uses. */
import { isApiError } from '@miniapp/lib/api-client';
import { useDebouncedValue } from '@miniapp/lib/use-debounced-value';
import { App, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSimilarRequirements } from '../api';
import { useMerge, useMergeAction, useRequirementSearch } from './desk-api';
import { useUndoMessage } from './use-undo-message';

export interface MergeSource {
  id: string;
  title: string;
  /** Preselected target (the detail page's "merge into this one"). */
  targetId?: string;
}

interface MergeModalProps {
  source: MergeSource | null;
  onClose: (didMerge: boolean) => void;
}

export function MergeModal({ source, onClose }: MergeModalProps) {
  return source ? <MergeDialog key={source.id} source={source} onClose={onClose} /> : null;
}

function MergeDialog({ source, onClose }: { source: MergeSource; onClose: (didMerge: boolean) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [search, setSearch] = useState('');
  const [targetId, setTargetId] = useState<string | undefined>(source.targetId);
  const typed = useDebouncedValue(search.trim());
  // Suggestions like the source first; what the PM types also searches the titles directly.
  const similar = useSimilarRequirements(typed || source.title);
  const found = useRequirementSearch(typed);
  const merge = useMerge();
  const undoMerge = useMergeAction();
  const offerUndo = useUndoMessage();
  const candidates = new Map(
    [...(similar.data?.items ?? []), ...(found.data?.items ?? [])].map((item) => [item.id, item]),
  );
  const options = [...candidates.values()]
    .filter((item) => item.id !== source.id && item.status !== 'merged')
    .map((item) => ({
      value: item.id,
      label: `${item.title}（${t(`ui.requirements.status.${item.status}`)}）`,
    }));

  async function confirm(): Promise<void> {
    if (!targetId) return;
    try {
      const merged = await merge.mutateAsync({ sourceId: source.id, targetId });
      const undo = { mergeId: merged.undo.id, sourceId: source.id, targetId, action: 'undo' as const };
      offerUndo(t('ui.requirements.desk.merge.done'), () => void takeBack(undo));
      onClose(true);
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.INTERNAL'));
    }
  }

  async function takeBack(undo: Parameters<typeof undoMerge.mutateAsync>[0]): Promise<void> {
    try {
      await undoMerge.mutateAsync(undo);
      void message.success(t('ui.requirements.desk.merge.undone'));
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.INTERNAL'));
    }
  }

  return (
    <Modal
      open
      title={t('ui.requirements.desk.merge.title')}
      okText={t('ui.requirements.desk.merge.submit')}
      cancelText={t('ui.common.cancel')}
      okButtonProps={{ disabled: !targetId }}
      confirmLoading={merge.isPending}
      onOk={() => void confirm()}
      onCancel={() => onClose(false)}
    >
      <Typography.Paragraph>
        {t('ui.requirements.desk.merge.intro', { title: source.title })}
      </Typography.Paragraph>
      <label htmlFor="merge-target">{t('ui.requirements.desk.merge.target')}</label>
      <Select
        id="merge-target"
        autoFocus
        showSearch={{ filterOption: false, onSearch: setSearch }}
        style={{ width: '100%' }}
        placeholder={t('ui.requirements.desk.merge.targetPlaceholder')}
        options={options}
        value={targetId}
        onChange={setTargetId}
        loading={similar.isFetching || found.isFetching}
        aria-label={t('ui.requirements.desk.merge.target')}
      />
    </Modal>
  );
}
