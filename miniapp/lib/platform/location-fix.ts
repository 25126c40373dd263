/** A platform's raw fix (numbers or numeric strings) checked and turned into the DeviceLocation the screens use. */
import type { DeviceLocation } from './device';
import { LocationError } from './location-error';

export interface RawFix {
  latitude: unknown;
  longitude: unknown;
  accuracy?: unknown;
}

/** Throws `unavailable` when the platform answered without usable coordinates; a missing accuracy reads as 0. */
export function deviceLocationFrom(
  fix: RawFix,
  details: Pick<DeviceLocation, 'address' | 'isFresh' | 'isMock' | 'source'>,
): DeviceLocation {
  const lat = Number(fix.latitude);
  const lng = Number(fix.longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lng))
    throw new LocationError('unavailable', 'no coordinates');
  return { lat, lng, accuracy: Number(fix.accuracy) || 0, ...details };
}
