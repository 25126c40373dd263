/**
 * The phone's location and camera for the field screens. Location comes from the host platform's JSAPI after its
 * signed JS-API config (DingTalk, Feishu, WeCom; lazy chunks), falling back to browser geolocation; every fix is
 * GCJ-02. Photos come from a file input with capture on every host (see pickPhotos) and are compressed to JPEG.
 */
import type { Host } from '@shared/domain/platforms';
import { compressImage } from '../image';
import { wgs84ToGcj02 } from './coordinates';
import { loadEmulatorBridge } from './emulator';
import { rememberedEntry } from './entry-memory';
import { currentHost } from './host';
import { LocationError } from './location-error';

export { LocationError, type LocationFailure } from './location-error';

export interface DeviceLocation {
  lat: number;
  lng: number;
  /** Metres. */
  accuracy: number;
  /** Reverse-geocoded by the platform (DingTalk); null elsewhere. */
  address: string | null;
  /** The fix was taken now (at most 2 minutes old), not served from a cache. */
  isFresh: boolean;
  /** The platform reported a mocked location (DingTalk's isFromMock on Android). */
  isMock: boolean;
  source: Host;
}

/** A fix older than this is a cached one. */
const freshForMs = 2 * 60_000;

let resolvedHost: Promise<Host> | null = null;

/**
 * The host whose JSAPIs to use. In the demo a reload loses the container double the sign-in loaded; the
 * remembered platform entry brings it back (only where the server runs the emulators).
 */
export function deviceHost(): Promise<Host> {
  resolvedHost ??= (async () => {
    const host = currentHost(window.location.search, navigator.userAgent);
    if (host !== 'browser') return host;
    const entry = rememberedEntry();
    if (entry && (await loadEmulatorBridge(entry.platform, window.location.search))) return entry.platform;
    return 'browser';
  })();
  return resolvedHost;
}

/** A container that never answers (an old client, a broken bridge) must not leave the rep waiting forever. */
const platformTimeoutMs = 20_000;

async function askPlatform(host: Exclude<Host, 'browser'>): Promise<DeviceLocation> {
  if (host === 'dingtalk') return (await import('./location-dingtalk')).dingTalkLocation();
  if (host === 'feishu') return (await import('./location-feishu')).feishuLocation();
  return (await import('./location-wecom')).weComLocation();
}

function platformLocation(host: Exclude<Host, 'browser'>): Promise<DeviceLocation> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LocationError('timeout', `${host} gave no location`)),
      platformTimeoutMs,
    );
  });
  return Promise.race([askPlatform(host), timeout]).finally(() => clearTimeout(timer));
}

const geolocationReasons: Record<number, LocationError['reason']> = {
  1: 'denied',
  2: 'unavailable',
  3: 'timeout',
};

export function browserLocation(): Promise<DeviceLocation> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new LocationError('unavailable', 'no geolocation in this browser'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const { lat, lng } = wgs84ToGcj02(position.coords.latitude, position.coords.longitude);
        resolve({
          lat,
          lng,
          accuracy: position.coords.accuracy,
          address: null,
          isFresh: Date.now() - position.timestamp <= freshForMs,
          isMock: false,
          source: 'browser',
        });
      },
      (error) => reject(new LocationError(geolocationReasons[error.code] ?? 'unavailable', error.message)),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: freshForMs },
    );
  });
}

/**
 * Where the phone is now. A refusal by the person on the platform is final (LocationError 'denied'); any other
 * platform failure (no signed config while offline, an old client, a desktop client) falls back to the browser.
 */
export async function getLocation(): Promise<DeviceLocation> {
  const host = await deviceHost();
  if (host === 'browser') return browserLocation();
  try {
    return await platformLocation(host);
  } catch (error) {
    if (error instanceof LocationError && error.reason === 'denied') throw error;
    return browserLocation();
  }
}

export interface PickPhotosOptions {
  max: number;
  /** 'camera' opens the camera directly (evidence taken now); 'album' lets the person choose saved photos. */
  source?: 'camera' | 'album';
}

/**
 * Opens the camera (or the album) and answers the chosen photos compressed to JPEG, long side ≤ 1600 px; [] when
 * the person cancels. Must be called from a tap. A file input is used on every host: the platforms' chooseImage
 * answer local ids/paths (DingTalk filePaths, Feishu ttfile://, WeCom localIds) whose bytes an H5 page cannot
 * read, so the photos could not be compressed, kept in the offline queue or sent to our own storage.
 */
export function pickPhotos({ max, source = 'camera' }: PickPhotosOptions): Promise<Blob[]> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'image/*';
  input.multiple = max > 1;
  if (source === 'camera') input.setAttribute('capture', 'environment');
  input.hidden = true;
  document.body.append(input);
  const chosen = new Promise<File[]>((resolve) => {
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
  });
  input.click();
  return chosen
    .then((files) => Promise.all(files.slice(0, Math.max(0, max)).map((file) => compressImage(file))))
    .finally(() => input.remove());
}
