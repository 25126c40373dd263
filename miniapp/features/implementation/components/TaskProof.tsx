/** What was given for a task: photos, files, the note, and the customer's signature with who signed and when. */
import { PhotoPicker } from '@miniapp/components/PhotoPicker';
import { formatDateTime } from '@miniapp/lib/format';
import { useTranslation } from 'react-i18next';
import type { Task } from '../types';
import styles from './tasks.module.css';

/** Whether the task already carries what it demands, so ticking it needs nothing more. */
export function hasProof(task: Task): boolean {
  const { proof } = task;
  if (task.evidence === 'photo' || task.evidence === 'file') return proof.attachments.length > 0;
  if (task.evidence === 'note') return Boolean(proof.note);
  if (task.evidence === 'signoff') return proof.signature !== null;
  return true;
}

function sizeOf(bytes: number): string {
  return bytes >= 1_000_000
    ? `${(bytes / 1_000_000).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

export function TaskProof({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { note, attachments, signature } = task.proof;
  const photos = attachments.filter((attachment) => attachment.mime.startsWith('image/'));
  const files = attachments.filter((attachment) => !attachment.mime.startsWith('image/'));
  if (!note && attachments.length === 0 && !signature) return null;
  return (
    <div className={styles.proof}>
      {photos.length > 0 ? <PhotoPicker photos={photos} max={photos.length} /> : null}
      {files.map((file, index) => (
        <a key={file.id} href={file.url} target="_blank" rel="noreferrer" className={styles.proofFile}>
          {t('ui.implementation.proof.file', {
            n: index + 1,
            type: file.mime.split('/')[1] ?? file.mime,
            size: sizeOf(file.size),
          })}
        </a>
      ))}
      {note ? <p className={styles.proofNote}>{note}</p> : null}
      {signature ? (
        <figure className={styles.signature}>
          <img
            src={signature.attachment.url}
            alt={t('ui.implementation.proof.signatureAlt', { name: signature.signerName })}
            className={styles.signatureImage}
          />
          <figcaption>
            {t('ui.implementation.proof.signedBy', {
              name: signature.signerName,
              time: formatDateTime(signature.signedAt),
            })}
            {signature.exception ? (
              <span className={styles.exception}>
                {t('ui.implementation.proof.undelivered', {
                  titles: signature.exception.undelivered.map((item) => `「${item.title}」`).join(''),
                })}
                <br />
                {t('ui.implementation.proof.reason', { reason: signature.exception.reason })}
              </span>
            ) : null}
          </figcaption>
        </figure>
      ) : null}
    </div>
  );
}
