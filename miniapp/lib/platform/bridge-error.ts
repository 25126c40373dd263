/** What can go wrong between the page and the platform container before our server is involved. */

export type BridgeFailure =
  /** The page is not inside the platform's client (or its bridge never answered). */
  | 'not_in_host'
  /** The container refused or failed to hand out a code. */
  | 'failed'
  /** WeCom's OAuth page came back with a state we did not send: a stale or forged return. */
  | 'state_mismatch';

export class PlatformBridgeError extends Error {
  override name = 'PlatformBridgeError';
  readonly kind: BridgeFailure;

  constructor(kind: BridgeFailure, detail?: string) {
    super(detail ?? kind);
    this.kind = kind;
  }
}

export function isBridgeError(error: unknown, kind?: BridgeFailure): error is PlatformBridgeError {
  return error instanceof PlatformBridgeError && (kind === undefined || error.kind === kind);
}

/** SDK failures arrive as {errorCode, errorMessage}, {errno, errString}, {errMsg} or Errors; keep the words. */
export function describeFailure(failure: unknown): string {
  if (failure instanceof Error) return failure.message;
  if (typeof failure === 'object' && failure !== null) {
    const fields = failure as Record<string, unknown>;
    const text = fields.errorMessage ?? fields.errString ?? fields.errMsg ?? fields.message;
    if (typeof text === 'string') return text;
  }
  return String(failure);
}
