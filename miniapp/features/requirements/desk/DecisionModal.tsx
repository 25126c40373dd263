/** A status decision for one or many requirements; the note is required because it reaches every reporter. */

import { isApiError } from '@miniapp/lib/api-client';
import type { DecisionStatus } from '@shared/domain/requirements';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDecide, useUndoDecisions } from './desk-api';
import { useUndoMessage } from './use-undo-message';

export interface DecisionRequest {
  ids: string[];
  status: DecisionStatus;
}

interface DecisionModalProps {
  request: DecisionRequest | null;
  onClose: (didDecide: boolean) => void;
}

export function DecisionModal({ request, onClose }: DecisionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const decide = useDecide();
  const undoDecisions = useUndoDecisions();
  const offerUndo = useUndoMessage();
  const status = request ? t(`ui.requirements.status.${request.status}`) : '';
  const count = request?.ids.length ?? 0;

  async function confirm(): Promise<void> {
    if (!request) return;
    const { note } = await form.validateFields();
    try {
      const result = await decide.mutateAsync({ ...request, note: note.trim() });
      const decided = result.items.flatMap((item) =>
        item.undo ? [{ requirementId: item.id, undo: item.undo }] : [],
      );
      const text =
        result.failed.length > 0
          ? t('ui.requirements.desk.decision.partial', {
              ok: result.items.length,
              failed: result.failed.length,
            })
          : t('ui.requirements.desk.decision.done');
      if (decided.length > 0) offerUndo(text, () => void takeBack(decided));
      else if (result.failed.length > 0) void message.warning(text);
      else void message.success(text);
      form.resetFields();
      onClose(true);
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.INTERNAL'));
    }
  }

  async function takeBack(decided: Parameters<typeof undoDecisions.mutateAsync>[0]): Promise<void> {
    try {
      await undoDecisions.mutateAsync(decided);
      void message.success(t('ui.requirements.desk.decision.undone'));
    } catch (error) {
      void message.error(isApiError(error) ? error.message : t('errors.INTERNAL'));
    }
  }

  return (
    <Modal
      open={request !== null}
      title={
        count > 1
          ? t('ui.requirements.desk.decision.bulkTitle', { count, status })
          : t('ui.requirements.desk.decision.title', { status })
      }
      okText={t('ui.requirements.desk.decision.submit')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => void confirm()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form form={form} name="decision" layout="vertical" preserve={false}>
        <Form.Item
          name="note"
          label={t('ui.requirements.desk.decision.note')}
          rules={[
            { required: true, whitespace: true, message: t('ui.requirements.desk.decision.noteRequired') },
          ]}
        >
          <Input.TextArea
            autoFocus
            rows={4}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void confirm();
              }
            }}
            placeholder={t('ui.requirements.desk.decision.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
