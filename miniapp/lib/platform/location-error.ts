/** Why a location could not be read, in the three ways the screens explain to the person. */

export type LocationFailure = 'denied' | 'unavailable' | 'timeout';

export class LocationError extends Error {
  override name = 'LocationError';
  readonly reason: LocationFailure;

  constructor(reason: LocationFailure, detail?: string) {
    super(detail ?? reason);
    this.reason = reason;
  }
}

/** Platforms answer failures as words ("auth deny", "permission denied", "timeout"); sort them into reasons. */
export function locationFailureFrom(detail: string): LocationError {
  if (/deny|denied|permission|auth|cancel|拒绝|权限/i.test(detail))
    return new LocationError('denied', detail);
  if (/time ?out|超时/i.test(detail)) return new LocationError('timeout', detail);
  return new LocationError('unavailable', detail);
}
