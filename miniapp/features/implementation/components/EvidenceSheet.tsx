/** Ticking a task that demands evidence: the photo, file, note or customer signature it needs, then one "done". */
import { SheetFrame } from '@miniapp/components/BottomSheet';
import { FormField } from '@miniapp/components/FormField';
import { PhotoPicker } from '@miniapp/components/PhotoPicker';
import { SheetForm } from '@miniapp/components/SheetForm';
import { undeliveredItems } from '@shared/domain/implementation/acceptance-step';
import Input from 'antd-mobile/es/components/input';
import TextArea from 'antd-mobile/es/components/text-area';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskChange, UploadUse } from '../task-submissions';
import type { Project, Task } from '../types';
import styles from './evidence.module.css';
import { SignatureField, type SignatureHandle } from './SignatureField';
import { SignOffAcceptance } from './SignOffAcceptance';

export interface EvidenceResult {
  patch: TaskChange;
  files: Blob[];
  uploads?: UploadUse;
}

export interface EvidenceSheetProps {
  task: Task | null;
  onClose: () => void;
  onDone: (task: Task, result: EvidenceResult) => void;
  /** Go-live requirements the customer confirms on an acceptance sign-off. */
  acceptanceItems?: Project['acceptanceItems'];
}

export function EvidenceSheet({ task, onClose, onDone, acceptanceItems = [] }: EvidenceSheetProps) {
  return (
    <SheetFrame isOpen={task !== null} onClose={onClose}>
      {task ? (
        <EvidenceForm
          key={task.id}
          task={task}
          onCancel={onClose}
          onDone={onDone}
          acceptanceItems={acceptanceItems}
        />
      ) : null}
    </SheetFrame>
  );
}

function EvidenceForm({
  task,
  onCancel,
  onDone,
  acceptanceItems,
}: { task: Task; acceptanceItems: Project['acceptanceItems'] } & Pick<EvidenceSheetProps, 'onDone'> & {
    onCancel: () => void;
  }) {
  const { t } = useTranslation();
  const [photos, setPhotos] = useState<Blob[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [note, setNote] = useState('');
  const [signerName, setSignerName] = useState('');
  const [isSigned, setSigned] = useState(false);
  const [signoffReason, setSignoffReason] = useState('');
  const needsReason = undeliveredItems(acceptanceItems).length > 0;
  const trimmedReason = signoffReason.trim();
  const signature = useRef<SignatureHandle | null>(null);
  const onDrawnChange = useCallback((drawn: boolean) => setSigned(drawn), []);
  const trimmedNote = note.trim();
  const noteEvidence = trimmedNote ? { evidence: { note: trimmedNote } } : {};

  const isReady = {
    none: true,
    photo: photos.length > 0,
    file: files.length > 0,
    note: trimmedNote.length > 0,
    signoff: isSigned && signerName.trim().length > 0 && (!needsReason || trimmedReason.length > 0),
  }[task.evidence];

  async function finish(): Promise<void> {
    const done: TaskChange = { done: true, ...noteEvidence };
    if (task.evidence === 'signoff') {
      const png = await signature.current?.toPng();
      if (!png) return;
      const reason = needsReason ? { signoffReason: trimmedReason } : {};
      onDone(task, {
        patch: { ...done, evidence: { ...done.evidence, ...reason } },
        files: [png],
        uploads: { as: 'signature', signerName: signerName.trim() },
      });
      return;
    }
    const blobs = task.evidence === 'photo' ? photos : files;
    onDone(task, {
      patch: done,
      files: blobs,
      ...(blobs.length > 0 ? { uploads: { as: 'attachments' } } : {}),
    });
  }

  return (
    <SheetForm
      title={t(`ui.implementation.evidence.title.${task.evidence}`)}
      onSubmit={() => void finish()}
      primary={{ label: t('ui.implementation.evidence.finish'), isDisabled: !isReady }}
      secondary={{ label: t('ui.common.cancel'), onClick: onCancel }}
    >
      <p className={styles.taskTitle}>{task.title}</p>
      {task.guidance ? <p className={styles.hint}>{task.guidance}</p> : null}
      {task.evidence === 'photo' ? (
        <PhotoPicker photos={photos} onChange={(next) => setPhotos(next as Blob[])} max={9} />
      ) : null}
      {task.evidence === 'file' ? <FileChooser files={files} onChange={setFiles} /> : null}
      {task.evidence === 'signoff' ? (
        <>
          <SignOffAcceptance
            items={acceptanceItems}
            reason={signoffReason}
            onReasonChange={setSignoffReason}
          />
          <FormField id="evidence-signer" label={t('ui.implementation.evidence.signerName')} isBoxed>
            <Input
              id="evidence-signer"
              value={signerName}
              onChange={setSignerName}
              placeholder={t('ui.implementation.evidence.signerNamePlaceholder')}
            />
          </FormField>
          <SignatureField
            label={t('ui.implementation.evidence.signatureArea')}
            onDrawnChange={onDrawnChange}
            handleRef={signature}
          />
        </>
      ) : null}
      <FormField
        id="evidence-note"
        label={t(
          task.evidence === 'note'
            ? 'ui.implementation.evidence.note'
            : 'ui.implementation.evidence.noteOptional',
        )}
        isBoxed
      >
        <TextArea
          id="evidence-note"
          value={note}
          onChange={setNote}
          rows={3}
          maxLength={2000}
          placeholder={t('ui.implementation.evidence.notePlaceholder')}
        />
      </FormField>
    </SheetForm>
  );
}

function FileChooser({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.field}>
      <label className={styles.fileButton}>
        {t('ui.implementation.evidence.chooseFile')}
        <input
          type="file"
          multiple
          className={styles.fileInput}
          onChange={(event) => onChange([...files, ...Array.from(event.target.files ?? [])])}
        />
      </label>
      {files.length > 0 ? (
        <ul className={styles.files}>
          {files.map((file, index) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`}>
              {file.name}
              <button
                type="button"
                className={styles.removeFile}
                aria-label={t('ui.implementation.evidence.removeFile', { name: file.name })}
                onClick={() => onChange(files.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
