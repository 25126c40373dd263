/**
 * What Feishu's bodies mean (§3.2, §6.2): `{code, msg}` on HTTP 200, 400 or 429, and OAuth-style
 * `{code, error, error_description}` from authen/v2. The body code decides, whatever the status.
 */
import { type BodyReader, isRecord } from '../http';
import type { PlatformErrorKind } from '../types';

const byCode: Record<string, PlatformErrorKind> = {
  // Invalid or expired tenant/app/user tokens; 99991663 is also returned with HTTP 200 (§6.2).
  '99991661': 'token_invalid',
  '99991663': 'token_invalid',
  '99991664': 'token_invalid',
  '99991668': 'token_invalid',
  '99991671': 'token_invalid',
  // "Access denied. One of the following scopes is required": a missing app permission, not a bad token.
  '99991672': 'rejected',
  '20007': 'bad_code',
  '1007': 'bad_code',
  '10014': 'bad_credentials',
  // The gateway's limit, and the message API's own (over 5 messages a second to one person).
  '99991400': 'rate_limited',
  '230020': 'rate_limited',
};

const byOAuthError: Record<string, PlatformErrorKind> = {
  invalid_grant: 'bad_code',
  invalid_client: 'bad_credentials',
  server_error: 'unavailable',
  temporarily_unavailable: 'unavailable',
};

export const readFeishuBody: BodyReader = (body) => {
  if (!isRecord(body)) return null;
  const code = body.code === undefined ? '0' : String(body.code);
  const oauthError = typeof body.error === 'string' ? body.error : undefined;
  if (code === '0' && !oauthError) return null;
  const message =
    (typeof body.msg === 'string' && body.msg) ||
    (typeof body.error_description === 'string' && body.error_description) ||
    oauthError ||
    'error';
  const kind = byCode[code] ?? (oauthError ? byOAuthError[oauthError] : undefined);
  return { kind, code: code === '0' && oauthError ? oauthError : code, message };
};
