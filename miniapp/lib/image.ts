/** Photos are made small on the phone before they travel: JPEG, long side at most 1600 px, quality about 0.8. */

export interface CompressOptions {
  maxSide?: number;
  quality?: number;
}

/** The size that fits `maxSide` on the long side, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

type Decoded = { image: CanvasImageSource; width: number; height: number; release(): void };

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap === 'function') {
    try {
      // from-image applies the EXIF orientation, so portrait phone photos stay upright.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      return { image: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
    } catch {
      // Some WebViews cannot decode a Blob this way; the <img> path below is older and wider.
    }
  }
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return {
    image,
    width: image.naturalWidth,
    height: image.naturalHeight,
    release: () => URL.revokeObjectURL(url),
  };
}

/**
 * Re-encodes as JPEG within `maxSide` (re-encoding also drops EXIF, with the GPS position cameras put there).
 * A format the WebView cannot decode (HEIC on most Android WebViews) is returned as it is: the server accepts it.
 */
export async function compressImage(file: Blob, options: CompressOptions = {}): Promise<Blob> {
  let decoded: Decoded;
  try {
    decoded = await decode(file);
  } catch {
    return file;
  }
  try {
    const size = fitWithin(decoded.width, decoded.height, options.maxSide ?? 1600);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    // JPEG has no transparency: paint white under a PNG's transparent parts instead of black.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(decoded.image, 0, 0, size.width, size.height);
    const jpeg = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', options.quality ?? 0.8),
    );
    return jpeg ?? file;
  } finally {
    decoded.release();
  }
}
