/**
 * Photos of a visit, a requirement or a checklist item: thumbnails (tap to view, × to remove) and, while fewer
 * than `max`, buttons to take a photo or choose from the album. New photos arrive compressed (lib/platform/device).
 * Without `onChange` it only shows the photos.
 */

import { pickPhotos } from '@miniapp/lib/platform/device';
import type { AttachmentView } from '@shared/schemas/attachments';
import DotLoading from 'antd-mobile/es/components/dot-loading';
import { CameraOutline, CloseOutline, PictureOutline } from 'antd-mobile-icons';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './photo-picker.module.css';
import { showPhotos } from './photo-viewer';
import { showFailure } from './toast';

export type Photo = Blob | AttachmentView;

export interface PhotoPickerProps<P extends Photo> {
  photos: P[];
  onChange?: (photos: (P | Blob)[]) => void;
  max: number;
}

/** Object URLs for Blobs (revoked when they leave), the signed URL for uploaded ones. */
function usePhotoUrls(photos: Photo[]): string[] {
  const urls = useMemo(
    () => photos.map((photo) => (photo instanceof Blob ? URL.createObjectURL(photo) : photo.url)),
    [photos],
  );
  useEffect(
    () => () => {
      for (const url of urls) if (url.startsWith('blob:')) URL.revokeObjectURL(url);
    },
    [urls],
  );
  return urls;
}

export function PhotoPicker<P extends Photo>({ photos, onChange, max }: PhotoPickerProps<P>) {
  const { t } = useTranslation();
  const urls = usePhotoUrls(photos);
  const [isProcessing, setProcessing] = useState(false);
  const remaining = Math.max(0, max - photos.length);

  function add(source: 'camera' | 'album'): void {
    if (!onChange) return;
    // pickPhotos opens the chooser synchronously: it must stay inside this tap.
    const picked = pickPhotos({ max: remaining, source });
    setProcessing(true);
    picked
      .then((blobs) => {
        if (blobs.length > 0) onChange([...photos, ...blobs]);
      })
      .catch(() => showFailure(t('ui.field.photos.failed')))
      .finally(() => setProcessing(false));
  }

  function remove(index: number): void {
    onChange?.(photos.filter((_, i) => i !== index));
  }

  return (
    <fieldset className={styles.picker} aria-label={t('ui.field.photos.groupLabel')} aria-busy={isProcessing}>
      {urls.map((url, index) => (
        <div key={url} className={styles.tile}>
          <button
            type="button"
            className={styles.thumb}
            aria-label={t('ui.field.photos.preview', { index: index + 1 })}
            onClick={() => showPhotos(urls, index)}
          >
            <img src={url} alt={t('ui.field.photos.photoAlt', { index: index + 1 })} />
          </button>
          {onChange ? (
            <button
              type="button"
              className={styles.remove}
              aria-label={t('ui.field.photos.remove', { index: index + 1 })}
              onClick={() => remove(index)}
            >
              <CloseOutline aria-hidden />
            </button>
          ) : null}
        </div>
      ))}
      {onChange && remaining > 0 ? (
        <>
          <div className={styles.tile}>
            <button
              type="button"
              className={styles.add}
              aria-label={t('ui.field.photos.takePhotoLabel', { count: remaining })}
              disabled={isProcessing}
              onClick={() => add('camera')}
            >
              {isProcessing ? <DotLoading color="primary" /> : <CameraOutline aria-hidden />}
              <span>{isProcessing ? t('ui.field.photos.processing') : t('ui.field.photos.takePhoto')}</span>
            </button>
          </div>
          <div className={styles.tile}>
            <button
              type="button"
              className={styles.add}
              aria-label={t('ui.field.photos.fromAlbumLabel', { count: remaining })}
              disabled={isProcessing}
              onClick={() => add('album')}
            >
              <PictureOutline aria-hidden />
              <span>{t('ui.field.photos.fromAlbum')}</span>
            </button>
          </div>
        </>
      ) : null}
      {onChange ? (
        <p className={styles.count}>{t('ui.field.photos.count', { count: photos.length, max })}</p>
      ) : null}
    </fieldset>
  );
}
